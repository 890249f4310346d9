using IucRecruit.Browser.Tests.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Assessment;

/// <summary>
/// The assessment in real browsers: during a live call the assessor marks a strength and adds a
/// note, each stamped on the call clock; once the call ends they rate each criterion beside that
/// evidence and write feedback; a manager publishes it; and the candidate reads it, without the
/// assessor's notes.
/// </summary>
public sealed class AssessmentJourneyTests(KestrelApp app, BrowserSession browser) : IClassFixture<KestrelApp>, IClassFixture<BrowserSession>
{
    private const string Note = "Read the callback number back to him";

    [Fact]
    public async Task An_assessor_marks_evidence_during_the_call_rates_after_it_and_the_candidate_reads_published_feedback()
    {
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        var (callId, invitation) = await CallJourney.BookCallAsync(app, candidateId, EndedCalls.ScenarioId);
        await using var journey = await CallJourney.OpenAsync(browser, app.Address);
        var assessor = journey.Assessor;
        await journey.ConnectAsync(callId, invitation);

        await Assertions.Expect(assessor.Locator("[data-evidence-status]")).ToHaveTextAsync("Ready: your marks are stamped with the call clock.");
        await assessor.GetByRole(AriaRole.Button, new() { Name = "+ Strength in Empathy" }).ClickAsync();
        await Assertions.Expect(assessor.Locator("[data-evidence-list] li").First).ToContainTextAsync("Strength – Empathy");
        await assessor.GetByLabel("Note", new() { Exact = true }).FillAsync(Note);
        await assessor.GetByLabel("The note is about").SelectOptionAsync(new SelectOptionValue { Label = "Accuracy" });
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Add the note" }).ClickAsync();
        await Assertions.Expect(assessor.Locator("[data-evidence-list] li").Nth(1)).ToContainTextAsync($"Note – Accuracy: {Note}");
        await Assertions.Expect(journey.Candidate.Locator("body")).Not.ToContainTextAsync(Note);

        await journey.EndAsync();
        await assessor.GetByRole(AriaRole.Link, new() { Name = "Rate the call" }).ClickAsync();
        await Assertions.Expect(assessor.GetByRole(AriaRole.Heading, new() { Name = "Your ratings" })).ToBeVisibleAsync();
        await Assertions.Expect(assessor.GetByRole(AriaRole.Table, new() { Name = "What you noted, on the call clock" })).ToContainTextAsync(Note);
        foreach (var criterion in new[] { "accuracy", "empathy", "call-handling", "listening", "safety-netting" })
            await assessor.Locator($"input[name='Ratings[{criterion}]'][value='3']").CheckAsync();
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Submit my ratings" }).ClickAsync();
        await Assertions.Expect(assessor.Locator(".confirmation")).ToHaveTextAsync("Your ratings are submitted.");
        await Assertions.Expect(assessor.Locator(".result-pass")).ToContainTextAsync("Passed");

        await assessor.GetByLabel("Strengths").FillAsync("You reassured him and kept the call in a clear order.");
        await assessor.GetByLabel("Development points").FillAsync("Ask about numbness before talking about pain relief.");
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Save the feedback" }).ClickAsync();
        await Assertions.Expect(assessor.Locator(".confirmation")).ToContainTextAsync("Feedback saved.");

        await using var managerContext = await browser.NewContextAsync(app.Address);
        var manager = await CallJourney.SignInAsync(managerContext, Roles.RecruitingManager);
        await manager.GotoAsync($"/manager/results/{callId}");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Publish to the candidate" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".confirmation")).ToContainTextAsync("Feedback published");

        var candidate = journey.Candidate;
        await candidate.GotoAsync("/candidate");
        await candidate.GetByRole(AriaRole.Link, new() { Name = "Read your feedback" }).ClickAsync();
        await Assertions.Expect(candidate.GetByRole(AriaRole.Heading, new() { Name = "You passed the mock call" })).ToBeVisibleAsync();
        await Assertions.Expect(candidate.Locator("main")).ToContainTextAsync("You reassured him and kept the call in a clear order.");
        await Assertions.Expect(candidate.Locator("main")).Not.ToContainTextAsync(Note);
    }
}
