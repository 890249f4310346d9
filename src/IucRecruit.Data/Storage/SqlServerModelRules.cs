using IucRecruit.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Storage;

/// <summary>
/// SQL Server refuses a foreign key that would give a table two cascading paths from one table
/// (error 1785): a mock call belongs to a candidate and to an assessment day, and both belong to a
/// campaign. On SQL Server the call's link to its day is therefore enforced but not cascaded by the
/// database; EF Core still deletes tracked calls with their day (ClientCascade). The product never
/// deletes assessment days, so nothing it does differs between providers.
/// <c>ModelSnapshotTests</c> finds any new such path and names it.
/// </summary>
internal static class SqlServerModelRules
{
    public static void Apply(ModelBuilder builder) =>
        builder.Entity<MockCall>().HasOne(c => c.AssessmentDay).WithMany().HasForeignKey(c => c.AssessmentDayId)
            .OnDelete(DeleteBehavior.ClientCascade);
}
