using IucRecruit.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecruitmentServices();

var app = builder.Build();
app.UseRecruitmentPipeline();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Visible to the tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
