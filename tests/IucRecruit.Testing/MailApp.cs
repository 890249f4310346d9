namespace IucRecruit.Testing;

/// <summary>The app with its outbox worker sending to a real SMTP server on loopback
/// (<see cref="RecruitmentApp.Mail"/>).</summary>
public class MailApp : RecruitmentApp
{
    protected override bool SendsMail => true;
}
