using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IucRecruit.Core.Time;
using IucRecruit.Data.Calls;

namespace IucRecruit.Data.Messages;

/// <summary>
/// A booked mock call as an iCalendar invitation (RFC 5545, METHOD:REQUEST), in UK time with the
/// Europe/London zone written out, so a calendar anywhere shows the slot at the right hour on both
/// sides of a clock change.
/// </summary>
public static class BookingCalendar
{
    private const string ZoneId = "Europe/London";

    /// <summary>One event per candidate (<c>UID</c> from the candidate's id), its <c>SEQUENCE</c> the
    /// number of calls booked for them before this one: a rebooking updates the event already in the
    /// candidate's calendar instead of adding a second one.</summary>
    public static MessageAttachment Invitation(MockCall call, int sequence, string campaignName, string location,
        string link, string organiserName, string organiserAddress, string attendeeName, string attendeeAddress)
    {
        var calendar = new Calendar { Method = "REQUEST" };
        calendar.AddTimeZone(ZoneId, call.SlotStartUtc.AddDays(-1), includeHistoricalData: false);
        calendar.Events.Add(new CalendarEvent
        {
            Uid = UidFor(call.CandidateId),
            Sequence = sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(call.CreatedUtc, DateTimeKind.Utc), "UTC", true),
            DtStart = UkClock(call.SlotStartUtc),
            DtEnd = UkClock(call.SlotEndUtc),
            Summary = $"Mock call: {campaignName}",
            Location = location,
            Description = $"Your mock call for {campaignName}. Open your link up to half an hour before it starts: {link}",
            Organizer = new Organizer($"mailto:{organiserAddress}") { CommonName = organiserName },
            Attendees = [new Attendee($"mailto:{attendeeAddress}") { CommonName = attendeeName, Role = "REQ-PARTICIPANT" }],
        });
        var text = new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar did not serialise.");
        return new MessageAttachment("mock-call.ics", "text/calendar; method=REQUEST; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }

    public static string UidFor(Guid candidateId) => $"mock-call-{candidateId:N}@iucrecruit";

    private static CalDateTime UkClock(DateTime utc) =>
        new(DateTime.SpecifyKind(UkTime.ToUk(utc), DateTimeKind.Unspecified), ZoneId, true);
}
