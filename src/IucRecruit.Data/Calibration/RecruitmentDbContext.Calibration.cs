using IucRecruit.Data.Calibration;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<CalibrationSet> CalibrationSets => Set<CalibrationSet>();
    public DbSet<CalibrationItem> CalibrationItems => Set<CalibrationItem>();
    public DbSet<CalibrationAssignment> CalibrationAssignments => Set<CalibrationAssignment>();
    public DbSet<CalibrationScorecard> CalibrationScorecards => Set<CalibrationScorecard>();
}
