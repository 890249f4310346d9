using IucRecruit.Data.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<ScenarioState> ScenarioStates => Set<ScenarioState>();
    public DbSet<ScenarioExposure> ScenarioExposures => Set<ScenarioExposure>();
}
