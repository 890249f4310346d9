namespace IucRecruit.Data.Organisations;

/// <summary>An NHS 111 / IUC provider that runs recruitment campaigns.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedUtc { get; set; }
}
