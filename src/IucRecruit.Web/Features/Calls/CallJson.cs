using System.Text.Json;
using System.Text.Json.Serialization;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// How a call's events and join snapshots reach the call pages: as JSON text, whichever hub
/// protocol the page speaks (decision 0077). MessagePack would write these records with their C#
/// names; as text they are the same camel-cased objects on both protocols, written once per event
/// however many people are told of it.
/// </summary>
public static class CallJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
