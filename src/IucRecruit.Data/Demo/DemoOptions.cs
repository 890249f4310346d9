namespace IucRecruit.Data.Demo;

/// <summary>The <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Fill the database with demo data at start-up and print the demo sign-ins.
    /// Refused in the Production environment.</summary>
    public bool Enabled { get; set; }

    /// <summary>The password of every demo staff account.</summary>
    public string Password { get; set; } = DemoDataSeeder.DefaultPassword;

    /// <summary>The web inbox of the mail server the demo sends to (<c>./run.sh</c> starts smtp4dev
    /// and sets it), printed with the sign-ins; empty when there is none.</summary>
    public string MailInboxUrl { get; set; } = "";
}
