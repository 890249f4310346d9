using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.RolePlayer.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
