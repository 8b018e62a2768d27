using Dateline.Web.Features.Webhooks;

namespace Dateline.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Signs_the_specifications_example_message_as_the_specification_does()
    {
        // The example in the Standard Webhooks specification (secret, id, timestamp, body and the signature it gives).
        var signature = WebhookSignature.Sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}""");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void A_new_secret_is_256_random_bits_with_the_whsec_prefix()
    {
        var first = WebhookSignature.NewSecret();
        var second = WebhookSignature.NewSecret();

        Assert.StartsWith("whsec_", first, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(first["whsec_".Length..]).Length);
        Assert.NotEqual(first, second);
    }
}
