using IucRecruit.Core.Messages;

namespace IucRecruit.Core.Tests.Messages;

public sealed class PlaceholdersTests
{
    private static readonly string[] Allowed = ["first_name", "link"];

    [Fact]
    public void Each_placeholder_is_filled_with_its_value_and_other_braces_are_text() =>
        Assert.Equal("Hi Sam, open https://x/1 {1} { } {Name}",
            Placeholders.Fill("Hi {first_name}, open {link} {1} { } {Name}",
                new Dictionary<string, string> { ["first_name"] = "Sam", ["link"] = "https://x/1" }));

    [Fact]
    public void A_placeholder_without_a_value_is_an_error_not_text_sent_to_a_candidate() =>
        Assert.Throws<InvalidOperationException>(() => Placeholders.Fill("Open {link}", new Dictionary<string, string>()));

    [Fact]
    public void Unknown_placeholders_are_refused_each_named_once() =>
        Assert.Equal("Unknown placeholders {frist_name}, {date}: this message can use {first_name}, {link}.",
            Placeholders.Refusal("{frist_name} {date} {frist_name} {first_name}", Allowed));

    [Fact]
    public void Wording_that_uses_only_its_placeholders_is_accepted() =>
        Assert.Null(MessageTemplates.Refusal(MessageKind.BookingConfirmation, new MessageWording("{date} at {time}", "See you at {location}, {first_name}.")));

    [Fact]
    public void The_product_s_own_wording_of_every_kind_uses_only_its_placeholders()
    {
        // Staff invitations too, whose wording is fixed: a misspelt placeholder would reach the person as typed.
        foreach (var kind in Enum.GetValues<MessageKind>().Where(k => k != MessageKind.ManagerMessage))
            Assert.Null(MessageTemplates.Refusal(kind, MessageTemplates.Default(kind)));
    }

    [Fact]
    public void An_empty_subject_is_refused() =>
        Assert.Equal("Enter a subject.", MessageTemplates.Refusal(MessageKind.NewLink, new MessageWording(" ", "{link}")));

    [Fact]
    public void A_text_message_needs_no_subject_and_must_fit_three_texts_before_its_values_are_filled_in()
    {
        Assert.Null(MessageTemplates.Refusal(MessageKind.CallReminderText, new MessageWording("", "Mock call {date} {time}: {link}")));
        Assert.Null(MessageTemplates.Refusal(MessageKind.CallReminderText, new MessageWording("", new string('a', 459))));
        Assert.Equal("A text message must be 459 characters or fewer (three texts' worth), before its placeholders are filled in.",
            MessageTemplates.Refusal(MessageKind.CallReminderText, new MessageWording("", new string('a', 460))));
        Assert.Equal("Enter the text message.", MessageTemplates.Refusal(MessageKind.CallReminderText, new MessageWording("", "  ")));
        Assert.Equal("Unknown placeholder {expires}: this message can use {first_name}, {full_name}, {campaign}, {date}, {time}, {location}, {link}.",
            MessageTemplates.Refusal(MessageKind.CallReminderText, new MessageWording("", "Until {expires}")));
    }
}
