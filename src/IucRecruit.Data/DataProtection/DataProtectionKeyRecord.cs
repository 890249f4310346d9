namespace IucRecruit.Data.DataProtection;

/// <summary>One ASP.NET Core Data Protection key, as XML. Keys live in the database so that every
/// node signs and reads cookies and invitation links alike, and so that a restart keeps everyone
/// signed in.</summary>
public sealed class DataProtectionKeyRecord
{
    public Guid Id { get; set; }
    public required string FriendlyName { get; set; }
    public required string Xml { get; set; }
    public DateTime CreatedUtc { get; set; }
}
