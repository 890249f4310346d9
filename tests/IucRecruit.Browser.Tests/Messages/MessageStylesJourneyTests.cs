using System.Text.RegularExpressions;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Messages;

/// <summary>Messages (issue 14 item 9): an error and a confirmation look different (not both yellow
/// with the focus ring), sit under the page heading, are announced as an alert and a status, and
/// saving a campaign confirms it.</summary>
public sealed class MessageStylesJourneyTests(KestrelApp app, BrowserSession browser)
    : IClassFixture<KestrelApp>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_refused_save_shows_a_red_alert_and_a_campaign_save_a_green_confirmation_under_the_heading()
    {
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await Calls.CallJourney.SignInAsync(context, Core.Identity.Roles.RecruitingManager);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a campaign" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the campaign" }).ClickAsync();
        var error = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error).ToBeFocusedAsync();
        await AssertUnderHeadingAsync(page, error);
        var errorLook = await LookAsync(error);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Message test intake");
        await page.GetByLabel("Site", new() { Exact = true }).FillAsync("Northfield contact centre");
        await page.GetByLabel("Working conditions: hours, weekends and bank holidays").FillAsync("Some weekends.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the campaign" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("/manager$"));
        var confirmation = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Campaign “Message test intake” added." });
        await Assertions.Expect(confirmation).ToBeVisibleAsync();
        await Assertions.Expect(confirmation).ToBeFocusedAsync();
        await AssertUnderHeadingAsync(page, confirmation);
        var confirmationLook = await LookAsync(confirmation);

        // Told apart by their own colours, also while focused: the yellow focus colour is neither's.
        Assert.NotEqual(errorLook.Background, confirmationLook.Background);
        Assert.NotEqual(errorLook.Border, confirmationLook.Border);
        Assert.NotEqual(errorLook.Outline, confirmationLook.Outline);
        const string focusYellow = "rgb(255, 235, 59)";
        Assert.DoesNotContain(focusYellow, errorLook.Outline, StringComparison.Ordinal);
        Assert.DoesNotContain(focusYellow, confirmationLook.Outline, StringComparison.Ordinal);
        Assert.NotEqual(focusYellow, errorLook.Background);
        Assert.NotEqual(focusYellow, confirmationLook.Background);
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "campaign-saved.png") });

        // A second visit does not confirm again.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".confirmation")).ToHaveCountAsync(0);
    }

    private static async Task AssertUnderHeadingAsync(IPage page, ILocator message)
    {
        var heading = (await page.Locator("h1").BoundingBoxAsync())!;
        var box = (await message.BoundingBoxAsync())!;
        Assert.True(box.Y >= heading.Y + heading.Height, $"the message starts at {box.Y} px, above the heading's end at {heading.Y + heading.Height} px");
    }

    private sealed record Look(string Background, string Border, string Outline);

    private static async Task<Look> LookAsync(ILocator message)
    {
        var values = await message.EvaluateAsync<string[]>(
            "e => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderLeftColor, s.outlineColor]; }");
        return new Look(values[0], values[1], values[2]);
    }
}
