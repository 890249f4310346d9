using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Assessor.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
