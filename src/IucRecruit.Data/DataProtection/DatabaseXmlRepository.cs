using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.DataProtection;

/// <summary>Stores Data Protection keys in the product's database. The package that does this
/// (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore) is not on this machine's package
/// source, and the job is small.</summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.CreatedUtc)
            .Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord
        {
            Id = Guid.CreateVersion7(),
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        db.SaveChanges();
    }
}
