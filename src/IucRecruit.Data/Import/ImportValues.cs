using System.Globalization;
using System.Net.Mail;
using IucRecruit.Core.Candidates;

namespace IucRecruit.Data.Import;

/// <summary>Reads the values of import cells, adding an <see cref="ImportError"/> that says what
/// was expected when a value cannot be read.</summary>
public sealed class ImportValues(List<ImportError> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public string? Text(CsvRow row, string column, int maximumLength, bool required = false)
    {
        var value = row[column];
        if (value is null)
        {
            if (required) errors.Add(new ImportError(row.Line, column, "", "a value"));
            return null;
        }
        if (value.Length <= maximumLength) return value;
        errors.Add(new ImportError(row.Line, column, value, $"at most {maximumLength} characters"));
        return null;
    }

    /// <summary>An email address, in lower case: addresses are compared without regard to case.</summary>
    public string? Email(CsvRow row, string column)
    {
        var value = Text(row, column, 256, required: true);
        if (value is null) return null;
        if (MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal))
            return value.ToLowerInvariant();
        errors.Add(new ImportError(row.Line, column, value, "an email address, like name@example.com"));
        return null;
    }

    /// <summary>A UK mobile number, in its held form (<see cref="UkMobileNumber"/>): written
    /// 07700 900123 or +44 7700 900123, it is one number.</summary>
    public string? MobileNumber(CsvRow row, string column)
    {
        var value = row[column];
        if (value is null) return null;
        if (UkMobileNumber.Normalise(value) is { } held) return held;
        errors.Add(new ImportError(row.Line, column, value, UkMobileNumber.Expected));
        return null;
    }

    public DateOnly? Date(CsvRow row, string column, bool required = false)
    {
        var value = row[column];
        if (value is null)
        {
            if (required) errors.Add(new ImportError(row.Line, column, "", "a date, like 2026-03-31"));
            return null;
        }
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(new ImportError(row.Line, column, value, "a date, like 2026-03-31 or 31/03/2026"));
        return null;
    }

    public int? Number(CsvRow row, string column, int minimum, int maximum)
    {
        var value = row[column];
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
            return number;
        errors.Add(new ImportError(row.Line, column, value, $"a whole number from {minimum} to {maximum}"));
        return null;
    }

    /// <summary>One of an enum's values, by name or by the name people read ("NHS Jobs" or NhsJobs),
    /// ignoring case, spaces and punctuation.</summary>
    public T? Choice<T>(CsvRow row, string column, Func<T, string> displayName, bool required = false) where T : struct, Enum
    {
        var value = row[column];
        if (value is null)
        {
            if (required) errors.Add(new ImportError(row.Line, column, "", "one of: " + Choices(displayName)));
            return null;
        }
        if (Parse(value, displayName) is { } parsed) return parsed;
        errors.Add(new ImportError(row.Line, column, value, "one of: " + Choices(displayName)));
        return null;
    }

    /// <summary>Several values of an enum separated by semicolons.</summary>
    public IReadOnlyList<T> Choices<T>(CsvRow row, string column, Func<T, string> displayName) where T : struct, Enum
    {
        var value = row[column];
        if (value is null) return [];
        var parts = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = parts.Select(p => Parse(p, displayName)).ToList();
        if (parsed.All(p => p is not null)) return parsed.Select(p => p!.Value).Distinct().ToList();
        errors.Add(new ImportError(row.Line, column, value, "values separated by semicolons, each one of: " + Choices(displayName)));
        return [];
    }

    /// <summary>A problem with a value that no reader here checks (one column read two ways).</summary>
    public void Problem(CsvRow row, string column, string value, string expected) => errors.Add(new ImportError(row.Line, column, value, expected));

    internal static T? Parse<T>(string value, Func<T, string> displayName) where T : struct, Enum
    {
        var key = Key(value);
        return Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Key(v!.Value.ToString()) == key || Key(displayName(v!.Value)) == key);
    }

    private static string Choices<T>(Func<T, string> displayName) where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(displayName));

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
