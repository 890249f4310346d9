using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.RolePlayer.Pages;

public sealed class IndexModel(AssignedCalls assigned) : PageModel
{
    public AssignedCalls.View Calls { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Calls = new(await assigned.ForRolePlayerAsync(User.UserId()!.Value, HttpContext.RequestAborted), "/role-player/calls", ShowRecordings: false);
}
