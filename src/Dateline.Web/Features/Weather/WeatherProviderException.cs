namespace Dateline.Web.Features.Weather;

/// <summary>The provider answered, but not with usable current conditions.</summary>
public sealed class WeatherProviderException : Exception
{
    public WeatherProviderException(string message) : base(message)
    {
    }

    public WeatherProviderException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public WeatherProviderException()
    {
    }
}
