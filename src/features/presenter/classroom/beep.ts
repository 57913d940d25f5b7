type AudioContextClass = typeof AudioContext;

/** A short beep when time is up. Where Web Audio is missing or blocked, silence: it never throws. */
export function playBeep(): void {
  try {
    const Context: AudioContextClass | undefined =
      window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
    if (!Context) return;
    const context = new Context();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.onended = () => void context.close().catch(() => undefined);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.6);
  } catch {
    // No sound is better than a broken timer.
  }
}
