using IucRecruit.Core.Messages;
using IucRecruit.Data.Messages;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Areas.Manager.Pages.Messages;

/// <summary>Managers' wording of each message the product sends, with its placeholders named; a
/// wording that uses an unknown placeholder is refused, naming it (<see cref="MessageTemplates.Refusal"/>).</summary>
public sealed class IndexModel(MessageWordings wordings, IOptions<MessagesOptions> options) : PageModel
{
    /// <summary>Whether this installation sends text messages at all (GOV.UK Notify with its text template).</summary>
    public bool SendsTexts => options.Value.SendsTexts;

    public static IReadOnlyList<MessageKind> Editable { get; } = Enum.GetValues<MessageKind>().Where(MessageTemplates.IsEditable).ToList();

    public IReadOnlyList<(MessageKind Kind, MessageWording Wording)> Current { get; private set; } = [];

    [BindProperty] public MessageKind Kind { get; set; }
    // Nullable, so that an empty field is the wording rules' refusal, not MVC's implicit "required".
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }

    public string? Saved { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Editable.Contains(Kind)) return BadRequest();
        var refusal = await wordings.SaveAsync(Kind, new MessageWording(Subject ?? "", Body ?? ""), User.UserId(), HttpContext.RequestAborted);
        if (refusal is not null) ModelState.AddModelError($"Body-{Kind}", refusal);
        else Saved = $"{Title(Kind)}: saved. Messages still waiting to be sent use it too.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        if (!Editable.Contains(Kind)) return BadRequest();
        await wordings.ResetAsync(Kind, HttpContext.RequestAborted);
        Saved = $"{Title(Kind)}: back to the product's own wording.";
        await LoadAsync();
        return Page();
    }

    /// <summary>What the form shows for a kind: what was just refused (to correct it), or what is in use.</summary>
    public MessageWording Shown(MessageKind kind, MessageWording current) =>
        kind == Kind && !ModelState.IsValid ? new MessageWording(Subject ?? "", Body ?? "") : current;

    public static string Title(MessageKind kind) => kind switch
    {
        MessageKind.CandidateInvitation => "Invitation link",
        MessageKind.BookingConfirmation => "Mock call booked (with the calendar invitation)",
        MessageKind.CallReminder => "Reminder the day before the mock call",
        MessageKind.CallReminderText => "Reminder the day before the mock call, by text message",
        MessageKind.NewLink => "New link the candidate asked for",
        MessageKind.FeedbackReady => "Feedback ready",
        _ => kind.ToString(),
    };

    private async Task LoadAsync()
    {
        var current = new List<(MessageKind, MessageWording)>();
        foreach (var kind in Editable) current.Add((kind, await wordings.CurrentAsync(kind, HttpContext.RequestAborted)));
        Current = current;
    }
}
