using IucRecruit.Data.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();
}
