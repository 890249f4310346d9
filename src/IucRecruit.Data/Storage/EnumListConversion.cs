using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Storage;

/// <summary>Stores a short list of enum values as their names separated by commas: readable in
/// the database, the same on both providers, and compared by content for change tracking.</summary>
public static class EnumListConversion
{
    public static PropertyBuilder<IReadOnlyList<T>> HasEnumListConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property)
        where T : struct, Enum =>
        property.HasConversion(
            list => string.Join(",", list),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(name => Enum.Parse<T>(name)).ToList(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
                list => list.ToList()));
}
