using IucRecruit.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Pages;

/// <summary>The front door: explains the product to visitors and sends a signed-in person to
/// their role's home, or lets them choose when they hold several roles.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<string> UserRoles { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true) return Page();
        UserRoles = Roles.All.Where(User.IsInRole).ToList();
        return UserRoles.Count == 1 ? Redirect(Roles.HomePath(UserRoles[0])) : Page();
    }
}
