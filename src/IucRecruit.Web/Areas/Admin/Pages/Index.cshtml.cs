using IucRecruit.Web.Features.StaffAccounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Admin.Pages;

public sealed class IndexModel(StaffDirectory directory) : PageModel
{
    public IReadOnlyList<StaffDirectory.StaffMember> Staff { get; private set; } = [];

    public async Task OnGetAsync() => Staff = await directory.ListAsync(HttpContext.RequestAborted);
}
