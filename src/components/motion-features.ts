// Loaded after first paint: the animation features LazyMotion needs (kept out of the first screen).
import { domAnimation } from 'motion/react';

export default domAnimation;
