using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Testing;

internal static class ServiceCollectionDecoration
{
    /// <summary>Wraps the app's singleton <typeparamref name="T"/> with <paramref name="decorate"/>.</summary>
    public static void Decorate<T>(this IServiceCollection services, Func<T, T> decorate) where T : class
    {
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(original);
        services.AddSingleton(provider => decorate(original.ImplementationType is { } type
            ? (T)ActivatorUtilities.CreateInstance(provider, type)
            : (T)original.ImplementationFactory!(provider)));
    }
}
