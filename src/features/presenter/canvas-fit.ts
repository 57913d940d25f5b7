// Slides and classroom tools are laid out once, on a projector-sized canvas, and scaled to fit.
// No React here: the first-screen code that shows a prerendered slide (src/app/static-screen.ts)
// fits it before React runs.

export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;

/** The uniform scale at which the canvas fits inside the box (letterboxed, never cropped). */
export function canvasScale(box: HTMLElement): number {
  return Math.min(box.clientWidth / CANVAS_WIDTH, box.clientHeight / CANVAS_HEIGHT);
}

/** The canvas's CSS transform at a scale (centred in its box; 0 = not measured yet, kept invisible). */
export function canvasTransform(scale: number): string {
  return `translate(-50%, -50%) scale(${scale || 0.0001})`;
}
