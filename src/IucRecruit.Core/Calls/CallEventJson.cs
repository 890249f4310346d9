using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IucRecruit.Core.Calls;

/// <summary>How call events are stored: JSON with a type discriminator, enums as words.</summary>
public static class CallEventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Dictionary<Type, string> TypeNames = typeof(CallEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    /// <summary>The discriminator, stored in a column of its own so the log can be filtered by
    /// kind without reading payloads.</summary>
    public static string TypeName(CallEvent callEvent) => TypeNames[callEvent.GetType()];

    public static string Serialize(CallEvent callEvent) => JsonSerializer.Serialize(callEvent, Options);

    public static CallEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<CallEvent>(json, Options) ?? throw new JsonException("A call event was empty.");
}
