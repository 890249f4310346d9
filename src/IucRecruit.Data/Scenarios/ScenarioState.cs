namespace IucRecruit.Data.Scenarios;

/// <summary>Whether a library item (a scenario or a listening exercise) may be used, and who last
/// changed that. An item with no row is active: the content lives in files, and only retirement
/// needs recording.</summary>
public sealed class ScenarioState
{
    public Guid Id { get; set; }

    /// <summary>The item's id in the library (its YAML <c>id</c>).</summary>
    public required string ScenarioId { get; set; }

    public bool Retired { get; set; }
    public DateTime ChangedUtc { get; set; }
    public Guid? ChangedByUserId { get; set; }
}
