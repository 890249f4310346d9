using MailKit.Security;

namespace IucRecruit.Data.Messages;

/// <summary>The <c>Messages</c> settings: who messages come from, how they are sent, and the address
/// their links point to.</summary>
public sealed class MessagesOptions
{
    public const string Section = "Messages";

    /// <summary><c>Smtp</c>, <c>GovukNotify</c> or <c>None</c> (messages wait in the outbox, for an administrator to see).</summary>
    public MessageProvider Provider { get; set; } = MessageProvider.Smtp;

    /// <summary>Run the sending worker in this node. Every node may: they claim messages one at a
    /// time, so none is sent twice.</summary>
    public bool SendInBackground { get; set; } = true;

    /// <summary>How often the worker looks for messages due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a message is given up (about a day at the hourly retries).</summary>
    public int MaxAttempts { get; set; } = 30;

    /// <summary>The address people reach the product at; links in messages start with it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string FromAddress { get; set; } = "recruitment@iucrecruit.invalid";
    public string FromName { get; set; } = "IucRecruit recruitment";

    public SmtpOptions Smtp { get; set; } = new();

    public GovukNotifyOptions GovukNotify { get; set; } = new();

    /// <summary>Whether text messages are written to the outbox: only GOV.UK Notify sends them, and
    /// only with its text template (docs/decisions/0072). Otherwise a candidate's mobile number is
    /// held but nothing is texted, rather than texts waiting for a provider that cannot send them.</summary>
    public bool SendsTexts => Provider == MessageProvider.GovukNotify && GovukNotify.SmsTemplateId.Length > 0;
}

public enum MessageProvider
{
    None,
    Smtp,
    GovukNotify,
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;

    /// <summary><c>Auto</c> (TLS when the server offers it), <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Empty: the server takes mail without signing in.</summary>
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}

/// <summary>GOV.UK Notify: the service's API key, its one generic email template, whose subject
/// is <c>((subject))</c> and body <c>((body))</c>, and its one generic text template, <c>((body))</c>.</summary>
public sealed class GovukNotifyOptions
{
    public string ApiKey { get; set; } = "";
    public string EmailTemplateId { get; set; } = "";

    /// <summary>Empty: no text messages are sent.</summary>
    public string SmsTemplateId { get; set; } = "";
    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk/";
}
