using Dateline.Web.Shared;

namespace Dateline.Web.Features.Newsroom.Dashboard;

/// <summary>The newsroom's landing page. The shell is here; the story lists (my drafts, in review…) belong to the desk.</summary>
public sealed class DashboardModel : NewsroomPageModel
{
    public void OnGet() => Title = Text.Dashboard;
}
