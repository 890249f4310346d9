using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IucRecruit.Data.Storage;

/// <summary>Every instant the product stores is UTC. SQLite keeps no kind, and PostgreSQL's
/// <c>timestamptz</c> refuses anything but UTC, so times are made UTC on the way in and marked UTC
/// on the way out.</summary>
public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
