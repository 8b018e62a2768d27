using Dateline.Web.Features.Accounts;

namespace Dateline.Web.Features.Webhooks.Newsroom;

/// <summary>
/// The webhook pages' text in the newsroom's two languages. Kept with the feature rather than in
/// <c>NewsroomText</c>, which every newsroom feature edits, as the public pages keep theirs (<c>SearchText</c>).
/// </summary>
public sealed class WebhooksText
{
    public static readonly WebhooksText English = new()
    {
        Webhooks = "Webhooks",
        Intro = "Receivers get a signed POST (Standard Webhooks) each time a story is published, updated, unpublished or corrected.",
        AddEndpoint = "Add an endpoint",
        Url = "Address (https://…)",
        Description = "Description (optional)",
        Events = "Events",
        Created = "Endpoint {0} added. Copy its signing secret now: it is not shown again.",
        Secret = "Signing secret",
        Enabled = "Enabled",
        Disabled = "Disabled",
        Enable = "Enable",
        Disable = "Disable",
        Delete = "Delete",
        DeleteHint = "Deleting an endpoint also deletes its delivery log.",
        Deleted = "Endpoint {0} deleted with its delivery log.",
        EnabledNotice = "Endpoint {0} enabled: waiting deliveries are sent again.",
        DisabledNotice = "Endpoint {0} disabled: it gets no new deliveries and waiting ones wait.",
        NoEndpoints = "No endpoints yet.",
        DeliveryLog = "Delivery log",
        DeliveryLogOf = "Deliveries to {0}",
        BackToEndpoints = "All endpoints",
        Delivery = "Delivery",
        Event = "Event",
        Story = "Story",
        Status = "Status",
        Attempts = "Attempts",
        NextRetry = "Next attempt",
        CreatedAt = "Created",
        Pending = "Pending",
        Delivered = "Delivered",
        Failed = "Failed",
        NoResponse = "no response",
        Redeliver = "Redeliver",
        Redelivered = "Delivery {0} will be sent again shortly, with the same webhook-id.",
        RedeliverBusy = "Delivery {0} is being sent right now; try again in a moment.",
        NoDeliveries = "No deliveries yet.",
        Older = "Older deliveries",
    };

    public static readonly WebhooksText Arabic = new()
    {
        Webhooks = "خطافات الويب",
        Intro = "تتلقى العناوين المسجلة طلب POST موقّعًا (وفق Standard Webhooks) كلما نُشر خبر أو حُدّث أو سُحب أو صُحّح.",
        AddEndpoint = "إضافة عنوان استقبال",
        Url = "العنوان (https://…)",
        Description = "الوصف (اختياري)",
        Events = "الأحداث",
        Created = "أُضيف عنوان الاستقبال {0}. انسخ مفتاح التوقيع الآن، فلن يُعرض مرة أخرى.",
        Secret = "مفتاح التوقيع",
        Enabled = "مفعّل",
        Disabled = "معطّل",
        Enable = "تفعيل",
        Disable = "تعطيل",
        Delete = "حذف",
        DeleteHint = "حذف عنوان الاستقبال يحذف سجل إرسالاته أيضًا.",
        Deleted = "حُذف عنوان الاستقبال {0} مع سجل إرسالاته.",
        EnabledNotice = "فُعّل عنوان الاستقبال {0}، وستُرسل الإرسالات المنتظرة من جديد.",
        DisabledNotice = "عُطّل عنوان الاستقبال {0}، فلا تصله إرسالات جديدة وتبقى المنتظرة في الانتظار.",
        NoEndpoints = "لا توجد عناوين استقبال بعد.",
        DeliveryLog = "سجل الإرسال",
        DeliveryLogOf = "الإرسالات إلى {0}",
        BackToEndpoints = "كل عناوين الاستقبال",
        Delivery = "الإرسال",
        Event = "الحدث",
        Story = "الخبر",
        Status = "الحالة",
        Attempts = "المحاولات",
        NextRetry = "المحاولة التالية",
        CreatedAt = "تاريخ الإنشاء",
        Pending = "قيد الانتظار",
        Delivered = "تم التسليم",
        Failed = "فشل",
        NoResponse = "لا استجابة",
        Redeliver = "إعادة الإرسال",
        Redelivered = "سيُعاد إرسال {0} قريبًا بالمعرّف webhook-id نفسه.",
        RedeliverBusy = "الإرسال {0} جارٍ الآن، فأعد المحاولة بعد قليل.",
        NoDeliveries = "لا توجد إرسالات بعد.",
        Older = "إرسالات أقدم",
    };

    public required string Webhooks { get; init; }
    public required string Intro { get; init; }
    public required string AddEndpoint { get; init; }
    public required string Url { get; init; }
    public required string Description { get; init; }
    public required string Events { get; init; }
    public required string Created { get; init; }
    public required string Secret { get; init; }
    public required string Enabled { get; init; }
    public required string Disabled { get; init; }
    public required string Enable { get; init; }
    public required string Disable { get; init; }
    public required string Delete { get; init; }
    public required string DeleteHint { get; init; }
    public required string Deleted { get; init; }
    public required string EnabledNotice { get; init; }
    public required string DisabledNotice { get; init; }
    public required string NoEndpoints { get; init; }
    public required string DeliveryLog { get; init; }
    public required string DeliveryLogOf { get; init; }
    public required string BackToEndpoints { get; init; }
    public required string Delivery { get; init; }
    public required string Event { get; init; }
    public required string Story { get; init; }
    public required string Status { get; init; }
    public required string Attempts { get; init; }
    public required string NextRetry { get; init; }
    public required string CreatedAt { get; init; }
    public required string Pending { get; init; }
    public required string Delivered { get; init; }
    public required string Failed { get; init; }
    public required string NoResponse { get; init; }
    public required string Redeliver { get; init; }
    public required string Redelivered { get; init; }
    public required string RedeliverBusy { get; init; }
    public required string NoDeliveries { get; init; }
    public required string Older { get; init; }

    public static WebhooksText For(string uiLanguage) => uiLanguage == NewsroomLanguages.Arabic ? Arabic : English;

    public string StatusOf(WebhookDeliveryStatus status) => status switch
    {
        WebhookDeliveryStatus.Delivered => Delivered,
        WebhookDeliveryStatus.Failed => Failed,
        _ => Pending,
    };
}
