using System.Numerics;

namespace IucRecruit.Core.Funnel;

/// <summary>A set of funnel stages as a bit mask (bit n is <see cref="FunnelStage"/> n): small to
/// store, and cheap to group by, which the dashboard's queries over a million candidates need.</summary>
public readonly record struct StageSet(int Bits)
{
    public static readonly StageSet Empty = new(0);

    public static readonly StageSet All = Of(FunnelStages.InOrder.ToArray());

    public static StageSet Of(params FunnelStage[] stages) =>
        new(stages.Aggregate(0, (bits, stage) => bits | Bit(stage)));

    public bool Contains(FunnelStage stage) => (Bits & Bit(stage)) != 0;

    public StageSet With(FunnelStage stage) => new(Bits | Bit(stage));

    public StageSet Without(FunnelStage stage) => new(Bits & ~Bit(stage));

    public StageSet Union(StageSet other) => new(Bits | other.Bits);

    public int Count => BitOperations.PopCount((uint)Bits);

    public bool IsEmpty => Bits == 0;

    /// <summary>The stages in funnel order.</summary>
    public IEnumerable<FunnelStage> Stages()
    {
        var bits = Bits;
        return FunnelStages.InOrder.Where(stage => (bits & Bit(stage)) != 0);
    }

    /// <summary>The stages strictly between two stages, in order.</summary>
    public IEnumerable<FunnelStage> Between(FunnelStage after, FunnelStage before) =>
        Stages().Where(stage => stage > after && stage < before);

    /// <summary>Stage names separated by commas, as stored for a campaign.</summary>
    public override string ToString() => string.Join(",", Stages());

    public static StageSet Parse(string names) =>
        Of(names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.Parse<FunnelStage>(name)).ToArray());

    private static int Bit(FunnelStage stage) => 1 << (int)stage;
}
