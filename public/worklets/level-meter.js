// AudioWorklet: the microphone's level in dBFS, one message per frame (default 50 ms),
// computed on the audio thread. Used by the spoken conversation to detect the end of a turn
// (src/features/interviews/turnTaking.ts decides; this only measures).
class LevelMeter extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const frameMs = (options && options.processorOptions && options.processorOptions.frameMs) || 50;
    this.frameSamples = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
    this.sum = 0;
    this.count = 0;
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) {
      for (let i = 0; i < channel.length; i++) {
        this.sum += channel[i] * channel[i];
        if (++this.count >= this.frameSamples) {
          const rms = Math.sqrt(this.sum / this.count);
          this.port.postMessage(rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100);
          this.sum = 0;
          this.count = 0;
        }
      }
    }
    return true;
  }
}

registerProcessor("level-meter", LevelMeter);
