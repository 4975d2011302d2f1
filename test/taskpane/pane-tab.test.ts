import { paneTabFromSearch } from "../../src/taskpane/pane-tab";

describe("paneTabFromSearch", () => {
  it("asks for 新增项目 on ?view=add (the ribbon button), for no tab without a view (打开面板: where the user left it)", () => {
    expect(paneTabFromSearch("?view=add")).toBe("add");
    expect(paneTabFromSearch("?_host_Info=Excel$Win32$16.01$zh-CN&view=add")).toBe("add");
    expect(paneTabFromSearch("?view=check")).toBe("check");
    expect(paneTabFromSearch("")).toBeUndefined();
    expect(paneTabFromSearch("?_host_Info=Excel$Win32$16.01$zh-CN")).toBeUndefined();
    expect(paneTabFromSearch("?view=ADD")).toBeUndefined();
  });
});
