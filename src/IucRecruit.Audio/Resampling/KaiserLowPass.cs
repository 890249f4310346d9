namespace IucRecruit.Audio.Resampling;

/// <summary>
/// The anti-aliasing (and anti-imaging) low-pass filter of the resampler: an ideal low-pass impulse
/// response (a sinc) shaped by a Kaiser window, designed by Kaiser's empirical formulas (J. F. Kaiser,
/// "Nonrecursive digital filter design using the I0-sinh window function", Proc. IEEE ISCAS 1974;
/// as given in Oppenheim &amp; Schafer, <i>Discrete-Time Signal Processing</i>, 3rd ed., §7.6.1):
/// β = 0.1102 (A − 8.7) for A &gt; 50 dB, and a length of (A − 8) / (2.285 Δω) taps.
/// </summary>
/// <remarks>
/// The band is the telephone channel's (ITU-T G.712: 300–3400 Hz): flat to 3400 Hz, at least
/// <see cref="StopbandAttenuationDb"/> down from 4000 Hz, the Nyquist frequency of 8 kHz audio, so
/// nothing that would alias into the channel survives. The JavaScript twin in
/// <c>wwwroot/js/audio/telephone-dsp.js</c> computes the same coefficients in the same order.
/// </remarks>
public static class KaiserLowPass
{
    /// <summary>The top of the telephone passband (ITU-T G.712), in hertz at an 8 kHz telephone rate.</summary>
    public const double PassbandEdgeHz = 3400;

    /// <summary>Where the stopband starts: half of 8 kHz, above which a tone would alias.</summary>
    public const double StopbandEdgeHz = 4000;

    public const double StopbandAttenuationDb = 70;

    /// <summary>β of the Kaiser window for <see cref="StopbandAttenuationDb"/>.</summary>
    public static double Beta => 0.1102 * (StopbandAttenuationDb - 8.7);

    /// <summary>The cut-off, midway through the transition band, in hertz (−6 dB there).</summary>
    public const double CutoffHz = (PassbandEdgeHz + StopbandEdgeHz) / 2;

    /// <summary>Half the length of the impulse response, in samples at <paramref name="sampleRate"/>.</summary>
    public static int HalfLength(int sampleRate)
    {
        var transition = 2 * Math.PI * (StopbandEdgeHz - PassbandEdgeHz) / sampleRate;
        var taps = (StopbandAttenuationDb - 8) / (2.285 * transition);
        return (int)Math.Ceiling(taps / 2);
    }

    /// <summary>
    /// The impulse response at <paramref name="offset"/> samples from its centre (any real number):
    /// 2 f<sub>c</sub> sinc(2 f<sub>c</sub> t) w(t / half), with the cut-off f<sub>c</sub> in cycles per sample.
    /// </summary>
    public static double ImpulseResponse(double offset, double cutoff, int halfLength)
    {
        var x = offset / halfLength;
        if (Math.Abs(x) >= 1) return 0;
        var argument = 2 * cutoff * offset;
        var sinc = argument == 0 ? 1 : Math.Sin(Math.PI * argument) / (Math.PI * argument);
        return 2 * cutoff * sinc * BesselI0(Beta * Math.Sqrt(1 - x * x)) / BesselI0(Beta);
    }

    /// <summary>The zeroth-order modified Bessel function of the first kind, by its power series
    /// Σ ((x/2)^k / k!)², summed until a term no longer changes the total.</summary>
    public static double BesselI0(double x)
    {
        double sum = 1, term = 1;
        var half = x / 2;
        for (var k = 1; k < 500; k++)
        {
            term *= half / k;
            var squared = term * term;
            sum += squared;
            if (squared < sum * 1e-17) break;
        }
        return sum;
    }
}
