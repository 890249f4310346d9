namespace IucRecruit.Core.Messages;

/// <summary>A message's wording: subject and body with <see cref="Placeholders"/>. A text message
/// has only a body (its subject is empty).</summary>
public sealed record MessageWording(string Subject, string Body);

/// <summary>
/// Each kind of message: the placeholders it may use and the product's own wording, used until a
/// manager saves their own. Plain text: it reads the same in every mail program and in a text message.
/// </summary>
public static class MessageTemplates
{
    public static IReadOnlyList<string> PlaceholdersOf(MessageKind kind) => kind switch
    {
        MessageKind.CandidateInvitation or MessageKind.NewLink or MessageKind.FeedbackReady => ["first_name", "full_name", "campaign", "link", "expires"],
        MessageKind.BookingConfirmation or MessageKind.CallReminder or MessageKind.CallReminderText => ["first_name", "full_name", "campaign", "date", "time", "location", "link"],
        MessageKind.ManagerMessage => ["first_name", "full_name", "campaign"],
        MessageKind.StaffInvitation => ["full_name", "link", "expires"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether the kind goes by text message, to a mobile number, rather than by email.</summary>
    public static bool IsText(MessageKind kind) => kind is MessageKind.CallReminderText;

    /// <summary>The longest text wording a manager may save: three text messages' worth (a long text
    /// goes as parts of 153 characters, each charged). The placeholders' values come on top, and
    /// GOV.UK Notify refuses a text of more than <see cref="TextLimit"/> characters as sent.</summary>
    public const int TextWordingLimit = 459;

    /// <summary>GOV.UK Notify's limit for a text message as sent, placeholders filled in.</summary>
    public const int TextLimit = 918;

    /// <summary>Whether managers keep a wording of their own for this kind. A manager's message is
    /// written afresh each time it is sent. A staff invitation keeps the product's wording: it
    /// carries a key to a staff account, which is an administrator's business, not the
    /// recruiting managers' who edit the candidates' messages (docs/decisions/0063).</summary>
    public static bool IsEditable(MessageKind kind) => kind is not (MessageKind.ManagerMessage or MessageKind.StaffInvitation);

    public static MessageWording Default(MessageKind kind) => kind switch
    {
        MessageKind.CandidateInvitation => new(
            "Your assessment for {campaign}",
            """
            Hello {first_name},

            Thank you for applying to {campaign}. Your assessment is online: open this link to begin.

            {link}

            The link works once and until {expires}. You do not need a password. If it stops working,
            ask for a new one from the page it opens.
            """),
        MessageKind.NewLink => new(
            "Your new link for {campaign}",
            """
            Hello {first_name},

            You asked for a new link to your assessment for {campaign}. Here it is:

            {link}

            It works once and until {expires}. Any link we sent you before still works if you have not used it.
            If you did not ask for this, you can ignore this message.
            """),
        MessageKind.BookingConfirmation => new(
            "Your mock call: {date} at {time}",
            """
            Hello {first_name},

            Your mock call for {campaign} is booked for {date} at {time} ({location}).
            The calendar invitation attached puts it in your calendar.

            On the day, open this link up to half an hour before your call:

            {link}

            Use a computer or phone with a microphone and speakers, somewhere quiet.
            """),
        MessageKind.CallReminder => new(
            "Reminder: your mock call tomorrow at {time}",
            """
            Hello {first_name},

            A reminder that your mock call for {campaign} is tomorrow, {date} at {time} ({location}).
            Open this link up to half an hour before your call:

            {link}
            """),
        MessageKind.CallReminderText => new("",
            "Hello {first_name}, a reminder of your mock call for {campaign} tomorrow, {date} at {time} ({location}). " +
            "Open your link up to half an hour before: {link}"),
        MessageKind.FeedbackReady => new(
            "Your mock call feedback is ready",
            """
            Hello {first_name},

            The feedback on your mock call for {campaign} is ready. Open this link to read it:

            {link}

            The link works once and until {expires}.
            """),
        MessageKind.StaffInvitation => new(
            "Your IucRecruit staff account",
            """
            Hello {full_name},

            An administrator has made you an IucRecruit staff account. Open this link to choose your password:

            {link}

            The link works once and until {expires}. If it has stopped working, ask an administrator for a new one.
            If you were not expecting this, you can ignore this message.
            """),
        MessageKind.ManagerMessage => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A manager's message has no stored wording."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Why a wording cannot be saved for this kind, or null: both parts are needed (a text
    /// message has no subject, and a length that fits a few texts), and both may use only the
    /// kind's placeholders.</summary>
    public static string? Refusal(MessageKind kind, MessageWording wording)
    {
        if (IsText(kind))
        {
            if (string.IsNullOrWhiteSpace(wording.Body)) return "Enter the text message.";
            if (wording.Body.Trim().Length > TextWordingLimit)
                return $"A text message must be {TextWordingLimit} characters or fewer (three texts' worth), before its placeholders are filled in.";
            return Placeholders.Refusal(wording.Body, PlaceholdersOf(kind));
        }
        if (string.IsNullOrWhiteSpace(wording.Subject)) return "Enter a subject.";
        if (string.IsNullOrWhiteSpace(wording.Body)) return "Enter the message.";
        if (wording.Subject.Length > 200) return "The subject must be 200 characters or fewer.";
        if (wording.Body.Length > 5000) return "The message must be 5,000 characters or fewer.";
        var allowed = PlaceholdersOf(kind);
        return Placeholders.Refusal(wording.Subject, allowed) ?? Placeholders.Refusal(wording.Body, allowed);
    }
}
