using IucRecruit.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<AccessAuditEntry> AccessAuditEntries => Set<AccessAuditEntry>();
    public DbSet<DeletionRecord> DeletionRecords => Set<DeletionRecord>();
}
