namespace IucRecruit.Testing;

/// <summary>The app with its outbox worker sending to a real SMTP server on loopback, which
/// <see cref="Mail"/> reads.</summary>
public class MailApp : RecruitmentApp
{
    public MailApp() => Mail.StartAsync().GetAwaiter().GetResult();

    public LoopbackSmtpServer Mail { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => Mail.AppSettings;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
