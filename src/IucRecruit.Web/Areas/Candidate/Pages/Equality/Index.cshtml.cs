using IucRecruit.Core.Equality;
using IucRecruit.Data.Equality;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Candidate.Pages.Equality;

/// <summary>
/// The equality monitoring questions, for the candidate to answer if they wish: every question
/// optional, each with "prefer not to say", changeable at any time. Nobody reads one person's
/// answers: they reach the dashboard only as counts of groups of five or more, to check that no
/// group fares worse at any stage (the four-fifths rule).
/// </summary>
public sealed class IndexModel(EqualityAnswers equality) : PageModel
{
    /// <summary>The answer per characteristic (enum name); empty or missing: left blank.</summary>
    // Named, so that a form with nothing chosen binds an empty dictionary: unnamed, the binder falls
    // back to the empty prefix and reads every other field (the antiforgery token) as an answer.
    [BindProperty(Name = nameof(Answers))] public Dictionary<string, string?> Answers { get; set; } = [];

    [TempData] public string? Confirmation { get; set; }

    public bool Answered { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.CandidateId() is not { } candidateId) return NotFound();
        var saved = await equality.FindAsync(candidateId, HttpContext.RequestAborted);
        Answered = saved is not null;
        if (saved is not null)
        {
            Answers = Enum.GetValues<ProtectedCharacteristic>()
                .ToDictionary(c => c.ToString(), c => saved.GroupOf(c) is var g && g != ProtectedCharacteristics.NotRecorded ? g : null);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.CandidateId() is not { } candidateId) return NotFound();
        T? Chosen<T>(ProtectedCharacteristic characteristic) where T : struct, Enum
        {
            var value = Answers.GetValueOrDefault(characteristic.ToString());
            if (string.IsNullOrEmpty(value)) return null;
            if (characteristic.Groups().Contains(value) && Enum.TryParse<T>(value, out var parsed)) return parsed;
            ModelState.AddModelError($"Answers[{characteristic}]", $"Choose one of the answers for {characteristic.DisplayName().ToLowerInvariant()}, or leave it blank.");
            return null;
        }
        var answers = new EqualityMonitoring
        {
            Sex = Chosen<Sex>(ProtectedCharacteristic.Sex),
            AgeBand = Chosen<AgeBand>(ProtectedCharacteristic.Age),
            Ethnicity = Chosen<Ethnicity>(ProtectedCharacteristic.Ethnicity),
            Disability = Chosen<Disability>(ProtectedCharacteristic.Disability),
            Religion = Chosen<Religion>(ProtectedCharacteristic.Religion),
            SexualOrientation = Chosen<SexualOrientation>(ProtectedCharacteristic.SexualOrientation),
        };
        if (!ModelState.IsValid) return Page();
        if (!await equality.SaveAsync(candidateId, answers, HttpContext.RequestAborted))
            return NotFound();
        Confirmation = "Thank you. Your answers are saved; you can change them here at any time.";
        return RedirectToPage();
    }
}
