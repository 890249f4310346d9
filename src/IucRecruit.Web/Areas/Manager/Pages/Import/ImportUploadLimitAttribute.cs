using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IucRecruit.Web.Areas.Manager.Pages.Import;

/// <summary>
/// An upload larger than <see cref="ImportLimits.MaximumBytes"/> comes back to its own page, which
/// says the limit and what to do instead, rather than failing as a bare 413 or 400 when the form is
/// read. It runs before antiforgery (which reads the form) and judges by the request's declared
/// length, which browsers always send for a form upload; the request size limit set beside it still
/// stops anything that declares less than it sends.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ImportUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>The form's other fields beside the file.</summary>
    public const long Allowance = 64 * 1024;

    public const string TooLargeFlag = "too-large";

    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength > ImportLimits.MaximumBytes + Allowance)
            context.Result = new RedirectResult($"{request.PathBase}{request.Path}?{TooLargeFlag}=true");
    }
}
