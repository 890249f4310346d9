namespace IucRecruit.Core.Invitations;

/// <summary>What a candidate's invitation link allows when it is opened.</summary>
public enum InvitationCheck
{
    Valid,
    Expired,
    AlreadyUsed,
    /// <summary>The link was altered, truncated or signed by another installation.</summary>
    NotRecognised,
}

public static class InvitationRules
{
    /// <summary>How long a candidate invitation lasts unless the sender chooses otherwise: long
    /// enough to cover an assessment day booked a fortnight ahead.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);

    /// <summary>The longest a link may be valid: a link is a key to personal data, so it must not
    /// live for ever.</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(60);

    /// <summary>A link can be used once, and only before it expires. "Used" wins over "expired"
    /// so that a candidate who already signed in is told that, not that the link is old.</summary>
    public static InvitationCheck Check(DateTime expiresUtc, DateTime? redeemedUtc, DateTime nowUtc)
    {
        if (redeemedUtc is not null) return InvitationCheck.AlreadyUsed;
        return nowUtc < expiresUtc ? InvitationCheck.Valid : InvitationCheck.Expired;
    }

    /// <summary>Validates a requested lifetime for a new link.</summary>
    public static TimeSpan ValidLifetime(TimeSpan requested)
    {
        if (requested <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "An invitation must last some time.");
        if (requested > MaximumLifetime)
            throw new ArgumentOutOfRangeException(nameof(requested), requested,
                $"An invitation may last at most {MaximumLifetime.TotalDays:0} days.");
        return requested;
    }
}
