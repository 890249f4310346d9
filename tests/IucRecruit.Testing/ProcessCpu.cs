using System.Globalization;

namespace IucRecruit.Testing;

/// <summary>CPU time a process has used, from /proc/&lt;pid&gt;/stat (user + system, in clock ticks
/// of 1/100 s on Linux).</summary>
public static class ProcessCpu
{
    public static TimeSpan Used(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
