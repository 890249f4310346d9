namespace IucRecruit.Core.Messages;

/// <summary>What a message is for. Each kind has its own wording, which managers may edit
/// (<see cref="MessageTemplates"/>); stored by name, so the numbers carry no meaning.</summary>
public enum MessageKind
{
    /// <summary>A candidate's single-use link, made by a manager (one or many at once).</summary>
    CandidateInvitation,
    /// <summary>A mock call booked, with its calendar invitation.</summary>
    BookingConfirmation,
    /// <summary>The day before a booked mock call.</summary>
    CallReminder,
    /// <summary>The same reminder by text message, as well as the email, to a candidate whose mobile
    /// number is held, when the provider sends texts (docs/decisions/0072).</summary>
    CallReminderText,
    /// <summary>A fresh link the candidate asked for themselves ("send me a new link").</summary>
    NewLink,
    /// <summary>A mock call's feedback published to the candidate, with a fresh link to read it.</summary>
    FeedbackReady,
    /// <summary>A manager's own words to candidates chosen on the candidates page.</summary>
    ManagerMessage,
    /// <summary>A new member of staff's activation link, sent when an administrator invites them.</summary>
    StaffInvitation,
}
