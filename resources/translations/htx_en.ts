<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="33"/>
        <source>&lt;span style=&apos;background:#f8d7da;color:#842029&apos;&gt;&amp;nbsp;Quá hạn: {n}&amp;nbsp;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="35"/>
        <source>&lt;span style=&apos;background:#fff3cd&apos;&gt;&amp;nbsp;Sắp đến hạn (7 ngày): {n}&amp;nbsp;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="37"/>
        <source>Hoàn thành: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="38"/>
        <source>Tổng số: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="62"/>
        <source>Không mở được dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="33"/>
        <source>Hệ thống địa giới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="34"/>
        <source>Tỉnh / thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="35"/>
        <source>Huyện / quận / thị xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="36"/>
        <source>Xã / phường / thị trấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="68"/>
        <source>— chọn tỉnh —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="80"/>
        <source>— chọn huyện —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="85"/>
        <location filename="../../desktop/ui/area_picker.py" line="91"/>
        <source>— chọn xã —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../desktop/core/areas.py" line="29"/>
        <source>Trước 01/07/2025 (tỉnh – huyện – xã)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/areas.py" line="30"/>
        <source>Từ 01/07/2025 (tỉnh – xã)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <location filename="../../desktop/ui/background.py" line="84"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="42"/>
        <source>&lt;h3&gt;Theo dõi tiến độ thực hiện nhiệm vụ&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="50"/>
        <source>Tìm nhiệm vụ, đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="57"/>
        <location filename="../../desktop/ui/board_page.py" line="124"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="62"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="63"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="64"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="75"/>
        <source>Nhập báo cáo thay đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="117"/>
        <source>Theo dõi tiến độ ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="118"/>
        <source>Theo dõi tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="154"/>
        <source> và {n} đơn vị khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="156"/>
        <source>&lt;b&gt;Chưa báo cáo kỳ hiện tại ({n} đơn vị):&lt;/b&gt; {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="163"/>
        <source>Mọi đơn vị đã báo cáo kỳ hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="165"/>
        <source>Đang hiện {shown} / {total} lượt giao nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="26"/>
        <source>HTX Desktop: quản lý hợp tác xã và tiến độ nhiệm vụ, đồng bộ bằng gói tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="32"/>
        <source>mở cửa sổ chương trình (mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="33"/>
        <source>đường dẫn tệp CSDL hoặc URL PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="34"/>
        <source>gói đồng bộ cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common.py" line="28"/>
        <source>tệp CSDL SQLite hoặc URL (postgresql+psycopg://...); mặc định: biến HTX_DB, hoặc tệp trong thư mục dữ liệu người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common.py" line="59"/>
        <source>“{word}” không đúng dạng trường=giá_trị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common.py" line="84"/>
        <source>Đã dừng theo yêu cầu; không có gì bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common.py" line="91"/>
        <source>Lỗi không mong đợi trong chương trình. Chi tiết đã ghi vào {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="21"/>
        <source>danh bạ hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="24"/>
        <source>liệt kê hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="26"/>
        <location filename="../../desktop/cli/tasks.py" line="44"/>
        <source>in dạng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="28"/>
        <source>lọc theo từ khóa (không phân biệt dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="31"/>
        <source>chỉ bản ghi đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="35"/>
        <source>xem một hợp tác xã và lịch sử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="37"/>
        <source>mã số HTX hoặc mã định danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="41"/>
        <source>thêm hợp tác xã: trường=giá_trị ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="44"/>
        <source>các chỉ tiêu thuộc năm này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="47"/>
        <source>sửa hợp tác xã: MÃ trường=giá_trị ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="51"/>
        <source>sửa chỉ tiêu của năm này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="54"/>
        <source>xóa (có thể khôi phục)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="136"/>
        <source>Không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="138"/>
        <source>Đã sửa {n} trường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="148"/>
        <source>Đã xóa (có thể khôi phục trong cửa sổ chương trình).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="15"/>
        <source>tạo dữ liệu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="30"/>
        <source>Đã tạo dữ liệu mẫu ({summary}) trong {seconds:.1f} giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="19"/>
        <source>thiết lập cơ sở dữ liệu cấp tỉnh (nơi tổng hợp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="23"/>
        <source>mã đơn vị, ví dụ T44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="24"/>
        <source>tên đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="25"/>
        <source>mã tỉnh (tùy chọn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="30"/>
        <source>cấp tệp thiết lập cho một đơn vị (cấp tỉnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="36"/>
        <source>mã địa bàn của đơn vị (huyện, tỉnh...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="43"/>
        <source>tệp (hoặc thư mục) ghi tệp thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="48"/>
        <source>cài đặt đơn vị từ tệp thiết lập do tỉnh cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="55"/>
        <source>xuất gói đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="57"/>
        <source>thư mục ghi gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="59"/>
        <source>xuất toàn bộ thay vì phần thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="61"/>
        <source>mã đơn vị nhận (cấp tỉnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="65"/>
        <source>mã hóa cho đơn vị nhận (gửi qua thư điện tử)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="69"/>
        <source>nhập gói đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="73"/>
        <source>chỉ xem trước, không ghi gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="78"/>
        <source>liệt kê xung đột cần xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="84"/>
        <source>xử lý một xung đột bằng cách ghi giá trị chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="91"/>
        <source>giá trị JSON (ví dụ &quot;Tên mới&quot;, 123, true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="95"/>
        <source>nhật ký các gói đã xuất, nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="100"/>
        <source>hoàn tác lần nhập gói gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="111"/>
        <source>Đã thiết lập cấp tỉnh: {name} ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="135"/>
        <source>Đã cài đặt đơn vị {name} ({code}); nhận {n} bản ghi ban đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="164"/>
        <source>{file}: {status} – mới {new}, sửa {changed}, xóa {deleted}, xung đột {conflicts}, từ chối {refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="199"/>
        <source>Đã ghi giá trị chọn; thay đổi sẽ đi theo gói đồng bộ kế tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="227"/>
        <source>Đã hoàn tác lần nhập gói {file} ({n} bản ghi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="23"/>
        <source>“{text}” không phải ngày (dạng ngày/tháng/năm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="30"/>
        <source>văn bản chỉ đạo, nhiệm vụ và báo cáo tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="34"/>
        <source>nạp chỉ thị mẫu (cấp tỉnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="36"/>
        <source>in kết quả dạng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="41"/>
        <source>liệt kê nhiệm vụ, đơn vị được giao, báo cáo mới nhất và trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="46"/>
        <source>chỉ văn bản này (mã hoặc số ký hiệu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="49"/>
        <source>chỉ nhiệm vụ giao cho đơn vị này (mã đơn vị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="52"/>
        <source>chỉ nhiệm vụ giao cho đơn vị mình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="57"/>
        <source>chỉ nhiệm vụ có đơn vị ở trạng thái này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="62"/>
        <source>tính trạng thái tại ngày này (mặc định: hôm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="66"/>
        <source>báo cáo tiến độ một nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="71"/>
        <source>mã nhiệm vụ, hoặc số thứ tự nhiệm vụ trong văn bản (ví dụ 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="74"/>
        <source>văn bản chứa nhiệm vụ (khi có nhiều văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="78"/>
        <source>kỳ báo cáo: 2026, 2026-H1, 2026-Q3, 2026-11, hoặc để trống với nhiệm vụ một lần; mặc định: kỳ đang đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="84"/>
        <source>not_started | in_progress | done (hoặc tiếng Việt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="86"/>
        <source>tỷ lệ hoàn thành, 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="87"/>
        <source>kết quả đã thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="89"/>
        <source>ngày báo cáo (mặc định: hôm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="91"/>
        <source>số văn bản báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="92"/>
        <source>khó khăn, vướng mắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="93"/>
        <source>kiến nghị, đề xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="96"/>
        <source>cấp tỉnh nhập thay cho đơn vị này (mã đơn vị); mặc định: đơn vị mình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="102"/>
        <source>gia hạn nhiệm vụ (cấp tỉnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="105"/>
        <source>mã hoặc số thứ tự nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="107"/>
        <source>văn bản chứa nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="109"/>
        <source>thời hạn mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="123"/>
        <source>Đã nạp chỉ thị mẫu: {tasks} nhiệm vụ, {assignments} lượt giao cho đơn vị; thêm {offices} đơn vị mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="143"/>
        <source>Không tìm thấy văn bản “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="178"/>
        <source>chưa có báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="198"/>
        <source>Nhiệm vụ {n} “{title}” không giao cho đơn vị {office}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="236"/>
        <source>Đã ghi báo cáo {period} cho nhiệm vụ {n} ({office}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="252"/>
        <source>Đã gia hạn đến {new} (lần {n}; thời hạn trước: {old}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../desktop/core/sync/conflicts.py" line="98"/>
        <source>Không có bảng “{table}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/conflicts.py" line="102"/>
        <source>Không tìm thấy bản ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/conflicts.py" line="105"/>
        <source>Không có trường “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/conflicts.py" line="128"/>
        <source>Xung đột này do cấp tỉnh xử lý; đơn vị bạn không sửa được bản ghi đó.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="47"/>
        <source>Hai đơn vị đã sửa cùng một thông tin mà chưa thấy thay đổi của nhau. Giá trị đang dùng được chọn theo quy tắc chung (ưu tiên cấp tỉnh); hãy xác nhận hoặc chọn lại. Lựa chọn của bạn sẽ được gửi đi trong gói đồng bộ kế tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="56"/>
        <source>Bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="57"/>
        <source>Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="58"/>
        <source>Giá trị đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="59"/>
        <source>Giá trị khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="60"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="71"/>
        <source>Giữ giá trị đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="72"/>
        <source>Lấy giá trị khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="73"/>
        <source>Nhập giá trị mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="92"/>
        <source>Đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="92"/>
        <source>Còn (đã được sửa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="109"/>
        <source>Cùng sửa một trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="109"/>
        <source>Xóa – sửa đồng thời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="110"/>
        <source>Trùng mã số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="114"/>
        <source>Xóa bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="130"/>
        <source>{n} xung đột cần xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="168"/>
        <source>Chọn giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="168"/>
        <location filename="../../desktop/ui/conflicts_page.py" line="183"/>
        <source>Giá trị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="182"/>
        <source>Giá trị mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="204"/>
        <source>Giá trị không hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="205"/>
        <source>“{text}” không phải là số nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopDialog</name>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="60"/>
        <source>Thêm hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="60"/>
        <source>Sửa hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="72"/>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="73"/>
        <source>Chỉ tiêu hằng năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="75"/>
        <source>Lịch sử thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="82"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="84"/>
        <source>Lưu (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="85"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="119"/>
        <source>— không chọn —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="130"/>
        <source>10 chữ số, ví dụ 3100123459</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="132"/>
        <source>Ví dụ: Hợp tác xã Nông nghiệp Kiến Giang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="143"/>
        <source>Số nhà, thôn/xóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="155"/>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="156"/>
        <source>Mã số HTX / mã số thuế *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="157"/>
        <source>Tên *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="158"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="159"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="160"/>
        <source>Mô hình quản trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="161"/>
        <source>Địa bàn *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="162"/>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="163"/>
        <source>Người đại diện theo pháp luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="164"/>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="165"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="166"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="167"/>
        <source>Ngày thành lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="168"/>
        <source>Ngày đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="169"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="178"/>
        <source>Mỗi cột là một năm. Tiền tính bằng đồng; có thể gõ 1.250.000.000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="193"/>
        <source>Thêm năm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="195"/>
        <source>Xóa năm đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="207"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="208"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="209"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="210"/>
        <source>Giá trị cũ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="211"/>
        <source>Giá trị mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="215"/>
        <source> (nhận từ gói đồng bộ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="215"/>
        <source> (nhập từ Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="216"/>
        <source> (xử lý xung đột)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="222"/>
        <source>Tạo bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="224"/>
        <source>Thêm số liệu năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="272"/>
        <source>Thêm năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="273"/>
        <source>Năm của số liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="287"/>
        <source>Xóa năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="287"/>
        <source>Xóa toàn bộ số liệu năm {year}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="374"/>
        <source>Năm {year}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="388"/>
        <source>Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="423"/>
        <source>Bỏ thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="424"/>
        <source>Các thay đổi chưa được lưu. Đóng và bỏ các thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopPage</name>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="41"/>
        <source>Tìm theo tên, mã số, địa chỉ, người đại diện (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="51"/>
        <source>Địa bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="51"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="52"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="52"/>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="92"/>
        <source>&amp;Thêm hợp tác xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="95"/>
        <source>&amp;Mở / sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="101"/>
        <source>&amp;Xóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="105"/>
        <source>&amp;Hoàn tác xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="109"/>
        <source>&amp;Tìm kiếm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="156"/>
        <location filename="../../desktop/ui/coop_page.py" line="158"/>
        <location filename="../../desktop/ui/coop_page.py" line="159"/>
        <location filename="../../desktop/ui/coop_page.py" line="160"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="183"/>
        <source>{n} hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="185"/>
        <source>Đang hiện {shown} / {total} hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="237"/>
        <source>Xóa hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="238"/>
        <source>Xóa “{name}” khỏi danh sách?
Có thể hoàn tác ngay bằng Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopTableModel</name>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="47"/>
        <source>Mã số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="47"/>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="47"/>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="47"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="48"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="48"/>
        <source>Huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="48"/>
        <source>Xã / địa bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="49"/>
        <source>Ngày đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="49"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="49"/>
        <source>Doanh thu (triệu đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="214"/>
        <source>Bản ghi đang có xung đột dữ liệu cần xử lý</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/core/database.py" line="151"/>
        <source>Không mở được cơ sở dữ liệu. Tệp có thể bị hỏng hoặc đang bị khóa; hãy đóng các chương trình khác đang dùng nó hoặc khôi phục từ bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/database.py" line="171"/>
        <source>Cơ sở dữ liệu này được tạo bởi một phiên bản HTX Desktop mới hơn. Hãy cập nhật chương trình lên phiên bản mới nhất rồi mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/database.py" line="214"/>
        <source>Chỉ khôi phục được cơ sở dữ liệu SQLite từ trong chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop/ui/date_edit.py" line="16"/>
        <source>ngày/tháng/năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_edit.py" line="20"/>
        <source>Chọn trên lịch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectiveDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="130"/>
        <source>Thêm văn bản chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="132"/>
        <source>Sửa văn bản chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="136"/>
        <source>Ví dụ: 12/CT-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="139"/>
        <source>Ví dụ: UBND tỉnh Quảng Bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="141"/>
        <source>Trích yếu: Chỉ thị về việc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="144"/>
        <source>Tóm tắt nội dung, yêu cầu chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="145"/>
        <source>Số, ký hiệu *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="146"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="147"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="148"/>
        <source>Trích yếu *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="149"/>
        <source>Tóm tắt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectivePage</name>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="58"/>
        <source>Nạp &amp;chỉ thị mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="60"/>
        <source>Chỉ thị về phát triển kinh tế tập thể: 5 nhiệm vụ và nhiệm vụ tổng hợp, đã giao cho các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="64"/>
        <source>Thêm &amp;văn bản chỉ đạo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="69"/>
        <source>Sửa văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="71"/>
        <source>Xóa văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="73"/>
        <source>Thêm &amp;nhiệm vụ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="78"/>
        <source>Sửa nhiệm vụ, giao việc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="80"/>
        <source>&amp;Gia hạn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="85"/>
        <source>Xóa nhiệm vụ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="99"/>
        <source>&lt;b&gt;Văn bản chỉ đạo&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="102"/>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="103"/>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="104"/>
        <source>Xóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="114"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="114"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="114"/>
        <source>Chu kỳ / thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="115"/>
        <source>Gia hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="115"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="115"/>
        <source>Phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="130"/>
        <source>&lt;b&gt;Nhiệm vụ&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="137"/>
        <source>&lt;h3&gt;Chưa có văn bản chỉ đạo&lt;/h3&gt;&lt;p&gt;Bấm &lt;b&gt;Nạp chỉ thị mẫu&lt;/b&gt; để có ngay chỉ thị về phát triển kinh tế tập thể với 5 nhiệm vụ và nhiệm vụ tổng hợp, đã giao cho các sở, ngành, UBND các huyện và Liên minh HTX; hoặc &lt;b&gt;Thêm văn bản chỉ đạo&lt;/b&gt; để nhập văn bản của tỉnh.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="210"/>
        <source>chưa rõ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="212"/>
        <source>{number} – {date}
{title}
{n} nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="229"/>
        <source>{n} văn bản chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="256"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; ngày {date} – {issuer}&lt;br&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="258"/>
        <source>chưa rõ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="271"/>
        <source>Hạn {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="273"/>
        <source>{n} lần (hạn trước {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="300"/>
        <source>{name} và {n} đơn vị khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="330"/>
        <source>Chỉ thị mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="332"/>
        <source>Đã nạp chỉ thị mẫu: {tasks} nhiệm vụ, {assignments} lượt giao cho các đơn vị (thêm {offices} đơn vị mới).
Số và ngày ban hành của bản gốc chưa có: hãy sửa lại theo văn bản thật nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="365"/>
        <source>Xóa văn bản chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="367"/>
        <source>Xóa văn bản đã chọn cùng các nhiệm vụ và phân công của nó?
Các đơn vị sẽ không còn thấy nhiệm vụ sau lần đồng bộ tới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="400"/>
        <source>Xóa nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="401"/>
        <source>Xóa nhiệm vụ đã chọn và các phân công của nó?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="39"/>
        <source>Cấp tệp thiết lập cho đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="43"/>
        <source>Tệp thiết lập chứa khóa ký của đơn vị: hãy chép vào USB và trao tận tay, không gửi qua thư điện tử. Đơn vị mở tệp này ở lần chạy đầu tiên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="49"/>
        <source>Ví dụ: UBND huyện Lệ Thủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="51"/>
        <source>Cấp huyện / thị xã / thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="52"/>
        <source>Sở, ban, ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="63"/>
        <source>Tên đơn vị *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="64"/>
        <source>Loại đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="65"/>
        <source>Địa bàn *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="66"/>
        <source>Mã đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="68"/>
        <source>Tạo tệp thiết lập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="69"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="93"/>
        <source>Lưu tệp thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="95"/>
        <source>Tệp thiết lập HTX (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="113"/>
        <source>Đã tạo tệp thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="114"/>
        <source>Đã ghi tệp thiết lập:
{path}

Chép tệp vào USB và trao cho đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="48"/>
        <source>Cơ sở dữ liệu này đã được thiết lập cho đơn vị “{office}” ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="55"/>
        <source>Mã địa bàn {code} không có trong danh mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="105"/>
        <source>Chỉ cấp tỉnh mới cấp được tệp thiết lập cho đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="117"/>
        <source>Mã đơn vị trùng với mã của cấp tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="163"/>
        <source>Tệp “{name}” không phải là tệp thiết lập HTX Desktop hợp lệ hoặc đã bị hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="181"/>
        <source>Tệp thiết lập do phiên bản mới hơn tạo ra; hãy cập nhật chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="215"/>
        <source>Máy này đã được thiết lập cho đơn vị “{office}” ({code}); tệp thiết lập dành cho đơn vị {other}. Hãy dùng một cơ sở dữ liệu mới cho đơn vị đó.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="20"/>
        <source>Dữ liệu chưa đúng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="26"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="33"/>
        <source>Lỗi chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="35"/>
        <source>Đã xảy ra lỗi không mong đợi. Dữ liệu của bạn không bị thay đổi bởi thao tác này.
Hãy gửi chi tiết lỗi cho bộ phận hỗ trợ (đã ghi vào {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="43"/>
        <source>Sao chép chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="45"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="49"/>
        <source>Đơn vị chưa có khóa ký gói. Cấp tỉnh chạy “htx init”; đơn vị cấp huyện cài tệp thiết lập do tỉnh cấp (“htx setup” hoặc nút “Mở tệp thiết lập”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="64"/>
        <source>Chưa có thông tin đơn vị cấp tỉnh; hãy cài tệp thiết lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="228"/>
        <source>Không có đơn vị “{code}” đã được cấp tệp thiết lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="234"/>
        <source>Chưa cấp tệp thiết lập cho đơn vị nào, nên chưa có nơi để gửi gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="243"/>
        <source>Đang xuất gói cho {office}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="263"/>
        <source>Đơn vị “{office}” chưa có khóa mã hóa; hãy gửi gói không mã hóa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="41"/>
        <source>Xuất gói đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="49"/>
        <source>Tất cả đơn vị đã cấp tệp thiết lập ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="54"/>
        <source>Gói đầy đủ (mọi dữ liệu, không chỉ phần thay đổi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="56"/>
        <source>Mã hóa cho đơn vị nhận (nên dùng khi gửi qua thư điện tử)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="62"/>
        <source>Chọn thư mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="65"/>
        <source>— ổ đĩa / USB —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="81"/>
        <source>Gửi cho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="84"/>
        <source>Lưu vào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="88"/>
        <source>Xuất gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="90"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95"/>
        <source>&lt;b&gt;Nội dung gói:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="109"/>
        <source>Chọn thư mục lưu gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="127"/>
        <source>Chưa có đơn vị nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="134"/>
        <source>Chưa chọn nơi lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="135"/>
        <source>Hãy chọn thư mục hoặc ổ USB để lưu gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="158"/>
        <source>Đã xuất gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="159"/>
        <source>Đã ghi {n} gói:
{paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="168"/>
        <source>Đang xuất gói…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="389"/>
        <source>Gia hạn nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="394"/>
        <source>&lt;b&gt;Nhiệm vụ {n}:&lt;/b&gt; {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="402"/>
        <source>{n} lần (hạn trước: {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="406"/>
        <source>chưa gia hạn lần nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="409"/>
        <source>Thời hạn hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="410"/>
        <source>Đã gia hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="411"/>
        <source>Thời hạn mới *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="34"/>
        <source>Thiết lập đơn vị – HTX Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="38"/>
        <source>&lt;b&gt;Chào mừng đến với HTX Desktop.&lt;/b&gt;&lt;br&gt;Hãy cho biết đơn vị của bạn và địa bàn quản lý. Thông tin này gắn với mọi hồ sơ và gói đồng bộ bạn gửi đi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="44"/>
        <source>Ví dụ: Phòng Tài chính – Kế hoạch huyện Lệ Thủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="46"/>
        <source>Cấp huyện / thị xã / thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="47"/>
        <source>Cấp tỉnh (tổng hợp toàn tỉnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="48"/>
        <source>Sở, ban, ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="51"/>
        <source>Tự đề xuất theo địa bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="59"/>
        <source>Tên đơn vị *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="60"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="61"/>
        <source>Địa bàn *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="62"/>
        <source>Mã đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="71"/>
        <source>Mở tệp thiết lập do tỉnh cấp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="75"/>
        <source>Đơn vị đã được cấp tỉnh cấp tệp thiết lập (.htxsetup): mở tệp đó, không cần nhập gì thêm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="79"/>
        <source>Bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="80"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="92"/>
        <source>Chọn tệp thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="94"/>
        <source>Tệp thiết lập HTX (*.htxsetup);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="108"/>
        <source>Đã cài đặt đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="109"/>
        <source>Đã cài đặt {office} ({code}) và nhận {n} bản ghi từ cấp tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="175"/>
        <location filename="../../desktop/core/sync/merger.py" line="194"/>
        <source>Gói này đã được nhập trước đây; không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="210"/>
        <source>Đang đối chiếu {n} bản ghi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="262"/>
        <source>Gói này do chính đơn vị bạn tạo ra; hãy gửi nó cho đơn vị nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="266"/>
        <source>Gói này gửi cho đơn vị “{dest}”, không phải cho đơn vị bạn ({me}). Hãy chuyển đúng nơi nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="271"/>
        <source>Đơn vị bạn chỉ nhận gói từ cấp tỉnh ({hub}), không nhận từ “{source}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="288"/>
        <source>Dữ liệu phiên bản trong gói bị hỏng ({table}); gói không được nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="370"/>
        <source>Đã hủy nhập gói; không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="598"/>
        <source>Bản ghi thiếu bản ghi gốc ({table}) nên không nhập được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="622"/>
        <source>{office} không được thêm hoặc sửa hợp tác xã ngoài địa bàn của mình: “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="634"/>
        <source>{office} không được sửa số liệu của hợp tác xã ngoài địa bàn của mình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="644"/>
        <source>{office} chỉ được báo cáo tiến độ các nhiệm vụ giao cho chính mình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="647"/>
        <source>danh sách đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="647"/>
        <source>danh mục lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="647"/>
        <source>văn bản chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="648"/>
        <source>nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="648"/>
        <source>phân công nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="649"/>
        <source>{office} không được sửa {what}; chỉ cấp tỉnh sửa được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="732"/>
        <source>Chưa có lần nhập gói nào để hoàn tác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="753"/>
        <source>Không hoàn tác được lần nhập gói “{file}”: dữ liệu do gói đó mang đến đã được sửa tiếp sau khi nhập.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="61"/>
        <source>Nhập gói đồng bộ – {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="63"/>
        <source>Đang đọc và kiểm tra gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="69"/>
        <source>Loại thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="70"/>
        <source>Bảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="71"/>
        <source>Bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="72"/>
        <source>Trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="73"/>
        <source>Cũ → mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="85"/>
        <source>Nhập vào dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="89"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="102"/>
        <source>Đang xem trước gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="122"/>
        <source>&lt;b&gt;Gói bị từ chối, không có gì thay đổi.&lt;/b&gt;&lt;br&gt;{errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="127"/>
        <source>&lt;b&gt;Gói này đã được nhập trước đây&lt;/b&gt; (gói số {seq} của {office}); không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="131"/>
        <source>&lt;b&gt;Gói số {seq} từ {office}&lt;/b&gt;{full}. Nếu nhập sẽ có: &lt;b&gt;{new}&lt;/b&gt; bản ghi mới, &lt;b&gt;{changed}&lt;/b&gt; sửa, &lt;b&gt;{deleted}&lt;/b&gt; xóa, &lt;b&gt;{conflicts}&lt;/b&gt; xung đột, &lt;b&gt;{refused}&lt;/b&gt; bị từ chối ({unchanged} không đổi). Chưa có gì được ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="136"/>
        <source> (gói đầy đủ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="147"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="187"/>
        <source>&lt;br&gt;(Chỉ liệt kê {n} bản ghi đầu; còn {more} bản ghi khác.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="202"/>
        <source>Đang nhập gói…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../desktop/core/sync/journal.py" line="82"/>
        <source>Gói số {numbers} từ {office} chưa đến (các gói sau vẫn đã được nhập).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="56"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="57"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="58"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="59"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="60"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="61"/>
        <source>Chu kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="62"/>
        <source>Kỳ đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="63"/>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="64"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="65"/>
        <source>Tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="66"/>
        <source>Báo cáo gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="67"/>
        <source>Kỳ hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="78"/>
        <source> (gia hạn {n} lần)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="80"/>
        <source>Chưa có báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="82"/>
        <source>{date} – {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="87"/>
        <source> (số {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="91"/>
        <source>Đã báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="91"/>
        <source>Chưa báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="177"/>
        <source>Quá hạn từ {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="182"/>
        <source>Sắp đến hạn: {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="185"/>
        <source>Đã gia hạn {n} lần; hạn trước: {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="191"/>
        <source>Có xung đột dữ liệu cần xử lý</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesView</name>
    <message>
        <location filename="../../desktop/ui/lines_view.py" line="154"/>
        <source>Xóa báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lines_view.py" line="155"/>
        <source>Xóa báo cáo đã chọn của {office}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="45"/>
        <source>HTX Desktop – {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <source>Đơn vị: {office} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>Dữ liệu: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>Hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>Văn bản chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <source>Đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="97"/>
        <source>Xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Sao lưu &amp;dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>T&amp;hoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>&amp;Hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>Thanh công cụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <source>Đồng &amp;bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <source>&amp;Công cụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>&amp;Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>&amp;Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223"/>
        <source>&amp;Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225"/>
        <source>Nhiệm vụ được &amp;giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>&amp;Văn bản chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>&amp;Theo dõi tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Cơ sở dữ liệu PostgreSQL được sao lưu bằng công cụ của máy chủ (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>Đã sao lưu vào:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>Bản sao lưu (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <location filename="../../desktop/ui/main_window.py" line="295"/>
        <source>Khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu đã chọn.
Dữ liệu hiện tại được sao lưu trước khi khôi phục. Tiếp tục?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="295"/>
        <source>Đã khôi phục xong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="304"/>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="312"/>
        <source>Giới thiệu HTX Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="314"/>
        <source>&lt;b&gt;HTX Desktop {version}&lt;/b&gt;&lt;br&gt;Quản lý hợp tác xã và theo dõi tiến độ nhiệm vụ kinh tế tập thể, làm việc không cần mạng, đồng bộ bằng gói tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Đang xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352"/>
        <source>Một công việc đang chạy. Hủy công việc đó và thoát? Dữ liệu không bị ghi dở.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="431"/>
        <source>Thêm đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="434"/>
        <source>Ví dụ: SNN, H457</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="436"/>
        <source>Ví dụ: Sở Nông nghiệp và Phát triển nông thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="438"/>
        <source>Sở, ban, ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="439"/>
        <source>Cấp huyện / thị xã / thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="440"/>
        <source>Mã đơn vị *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="441"/>
        <source>Tên đơn vị *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="442"/>
        <source>Loại đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="217"/>
        <location filename="../../desktop/core/sync/package.py" line="233"/>
        <source>Gói có phần dữ liệu quá lớn, không phải gói hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="225"/>
        <source>Gói có phần dữ liệu nén bất thường (nghi ngờ tệp độc hại), không nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="240"/>
        <source>Tệp “{name}” không phải là gói đồng bộ hợp lệ hoặc đã bị hỏng (có thể do rút USB khi đang chép). Hãy xin đơn vị gửi chép lại tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="249"/>
        <source>Không đọc được tệp “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="254"/>
        <source>Tệp “{name}” quá lớn để là một gói đồng bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="281"/>
        <source>Phần mô tả (manifest) của gói không hợp lệ; gói bị hỏng hoặc đã bị sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="289"/>
        <source>Tệp này không phải là gói đồng bộ HTX Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="297"/>
        <source>Gói này được tạo bởi phiên bản HTX Desktop mới hơn (định dạng {version}). Hãy cập nhật chương trình lên phiên bản mới nhất rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="352"/>
        <source>Gói đến từ đơn vị “{office}” chưa được đăng ký với đơn vị bạn. Không nhập gói từ đơn vị lạ; hãy liên hệ cấp tỉnh để được cấp tệp thiết lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="360"/>
        <source>Chữ ký số của gói không khớp với đơn vị “{office}”: gói đã bị sửa hoặc giả mạo. Không nhập; hãy xin đơn vị gửi lại gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="368"/>
        <source>Nội dung gói không khớp với mã kiểm tra: tệp bị hỏng hoặc bị sửa. Hãy xin gửi lại gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="377"/>
        <location filename="../../desktop/core/sync/package.py" line="384"/>
        <source>Gói đã được mã hóa cho đơn vị khác; đơn vị bạn không mở được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="393"/>
        <source>Dữ liệu trong gói không đọc được (sai định dạng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="458"/>
        <source>Dữ liệu trong gói sai cấu trúc: {what}. Gói bị hỏng hoặc do phần mềm khác tạo ra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../desktop/core/registry.py" line="56"/>
        <source>Mã số HTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="57"/>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="58"/>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="59"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="60"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="61"/>
        <source>Mô hình quản trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="62"/>
        <source>Hệ thống địa giới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="63"/>
        <source>Địa bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="64"/>
        <source>Tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="65"/>
        <source>Huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="66"/>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="67"/>
        <source>Người đại diện theo pháp luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="68"/>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="69"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="70"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="71"/>
        <source>Ngày thành lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="72"/>
        <source>Ngày đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="73"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="74"/>
        <location filename="../../desktop/core/registry.py" line="621"/>
        <source>Đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="75"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="76"/>
        <source>Tổng số thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="77"/>
        <source>Thành viên chính thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="78"/>
        <source>Thành viên liên kết góp vốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="79"/>
        <source>Thành viên là cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="80"/>
        <source>Thành viên là hộ gia đình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="81"/>
        <source>Thành viên là pháp nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="82"/>
        <source>Tổng số lao động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="83"/>
        <source>Lao động thường xuyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="84"/>
        <source>Lao động là thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="85"/>
        <source>Vốn điều lệ (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="86"/>
        <source>Tổng tài sản (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="87"/>
        <source>Doanh thu (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="88"/>
        <source>Lợi nhuận (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="89"/>
        <source>Thu nhập bình quân (đồng/người/tháng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="90"/>
        <source>Quy mô</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="91"/>
        <source>Xếp loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="92"/>
        <source>Tạo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="134"/>
        <source>Không có trường “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="147"/>
        <source>Tên không được để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="149"/>
        <source>Tên dài quá 300 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="154"/>
        <source>Mã số HTX không được để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="156"/>
        <source>Mã số HTX phải gồm 10 chữ số, hoặc 13 ký tự nếu có mã chi nhánh (ví dụ 3100123459-001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="170"/>
        <source>Mã số {code} đã được dùng cho “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="175"/>
        <source>Loại hình không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="176"/>
        <source>Tình trạng không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="180"/>
        <source>Mô hình quản trị không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="198"/>
        <source>Lĩnh vực “{value}” không có trong danh mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="208"/>
        <source>Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="214"/>
        <source>Ngày không được sau ngày hôm nay ({today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="218"/>
        <source>Năm phải từ 1945 trở về sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="221"/>
        <source>Ngày đăng ký không được trước ngày thành lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="226"/>
        <source>Địa chỉ thư điện tử không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="228"/>
        <source>Số điện thoại chỉ gồm chữ số (có thể có dấu cách, +, -, .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="238"/>
        <source>Hệ thống địa giới phải là pre2025 hoặc post2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="242"/>
        <source>Hãy chọn địa bàn (tỉnh, huyện, xã).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="244"/>
        <source>Mã địa bàn {code} không có trong danh mục đơn vị hành chính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="254"/>
        <source>Địa bàn này nằm ngoài phạm vi quản lý của đơn vị {office}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="282"/>
        <source>Năm phải từ {low} đến {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="291"/>
        <source>Không có chỉ tiêu “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="303"/>
        <source>{field}: “{value}” không phải là số nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="308"/>
        <source>{field} không được âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="312"/>
        <source>{field} quá lớn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="323"/>
        <source>{field}: giá trị “{value}” không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="332"/>
        <source>{part} lớn hơn {whole}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="397"/>
        <source>Hợp tác xã này không thuộc địa bàn của đơn vị, không sửa được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="434"/>
        <source>Hợp tác xã này không thuộc địa bàn của đơn vị, không xóa được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="442"/>
        <location filename="../../desktop/core/registry.py" line="491"/>
        <source>Không tìm thấy hợp tác xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="453"/>
        <source>Không khôi phục được: mã số {code} đang được dùng cho “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="463"/>
        <source>Không tìm thấy hợp tác xã (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="481"/>
        <source>Không tìm thấy hợp tác xã có mã số hoặc mã định danh “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="623"/>
        <source>Còn hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="635"/>
        <source>Năm {year} – {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="64"/>
        <source>Báo cáo tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="64"/>
        <source>Sửa báo cáo tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="71"/>
        <source>&lt;b&gt;Nhiệm vụ {n}:&lt;/b&gt; {title}&lt;br&gt;Văn bản {number} – {role}: &lt;b&gt;{office}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="83"/>
        <source>Thời hạn: {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="85"/>
        <source> (đã gia hạn {n} lần, hạn trước {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="90"/>
        <source>Chu kỳ: {cycle} – báo cáo mỗi kỳ hạn chậm nhất ngày cuối kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="94"/>
        <source>Cấp tỉnh nhập thay cho đơn vị (báo cáo gửi bằng giấy hoặc thư).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="108"/>
        <source>Ví dụ: 125/BC-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="116"/>
        <source>Những việc đã làm, kết quả đạt được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="118"/>
        <source>Khó khăn, vướng mắc (nếu có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="120"/>
        <source>Kiến nghị, đề xuất (nếu có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="127"/>
        <source>Kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="128"/>
        <source>Ngày báo cáo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="129"/>
        <source>Số văn bản báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="130"/>
        <source>Tình trạng *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="131"/>
        <source>Tỷ lệ hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="132"/>
        <source>Kết quả thực hiện *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="133"/>
        <source>Khó khăn, vướng mắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="134"/>
        <source>Kiến nghị, đề xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="140"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="142"/>
        <source>Lưu (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="143"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="228"/>
        <source>Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="247"/>
        <source>Bỏ thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="248"/>
        <source>Báo cáo chưa được lưu. Đóng và bỏ những gì đã nhập?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="44"/>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="45"/>
        <source>Ngày báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="46"/>
        <source>Số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="47"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="48"/>
        <source>Tỷ lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="49"/>
        <source>Kết quả thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="50"/>
        <source>Khó khăn, vướng mắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="51"/>
        <source>Kiến nghị, đề xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="68"/>
        <source>Sửa báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="69"/>
        <source>Xóa báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="74"/>
        <source>&lt;b&gt;Các báo cáo của đơn vị&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="92"/>
        <source>Chọn một nhiệm vụ trong bảng để xem nội dung và báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="98"/>
        <source>&lt;b&gt;{number} – nhiệm vụ {n}:&lt;/b&gt; {title} &lt;i&gt;({office})&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="10"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="11"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="12"/>
        <source>Hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="13"/>
        <source>Chỉ tiêu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="14"/>
        <source>Văn bản chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="15"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="16"/>
        <source>Phân công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="17"/>
        <source>Báo cáo tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="23"/>
        <source>Mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="24"/>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="25"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="26"/>
        <source>Xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="27"/>
        <source>Từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="33"/>
        <source>Đã nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="34"/>
        <source>Đã nhập trước đó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="35"/>
        <source>Bị từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="36"/>
        <source>Xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="37"/>
        <source>Đã xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="38"/>
        <source>Đã hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="46"/>
        <source>không có thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="50"/>
        <source>cấp tỉnh – nơi tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="52"/>
        <source>gửi về cấp tỉnh {hub}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="55"/>
        <source>&lt;b&gt;{office}&lt;/b&gt; ({code}), {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="64"/>
        <source>&amp;Xuất gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="67"/>
        <source>&amp;Nhập gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="70"/>
        <source>&amp;Hoàn tác lần nhập gói gần nhất…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="72"/>
        <source>&amp;Cấp tệp thiết lập cho đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="92"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="93"/>
        <source>Chiều</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="94"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="95"/>
        <source>Gửi → nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="96"/>
        <source>Số gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="97"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="98"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="112"/>
        <source>&lt;b&gt;Nhật ký gói đồng bộ&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="136"/>
        <source>mới {new}, sửa {changed}, xóa {deleted}, xung đột {conflicts}, từ chối {refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="145"/>
        <source>Xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="145"/>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="159"/>
        <source>{n} gói trong nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="174"/>
        <source>Chọn gói đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="176"/>
        <source>Gói đồng bộ HTX (*.htxpkg);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="190"/>
        <source>Đã nhập gói số {seq} từ {office}: mới {new}, sửa {changed}, xung đột {conflicts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="195"/>
        <source>Đã nhập gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="199"/>
        <source>Hoàn tác nhập gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="200"/>
        <source>Đưa dữ liệu về như trước lần nhập gói gần nhất? Gói đó có thể được nhập lại sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="212"/>
        <source>Đã hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="213"/>
        <source>Đã hoàn tác lần nhập gói {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="191"/>
        <source>Thêm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="191"/>
        <source>Sửa nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="200"/>
        <source>Văn bản &lt;b&gt;{number}&lt;/b&gt;: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="211"/>
        <source>Tên ngắn gọn của nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="213"/>
        <source>Nội dung nhiệm vụ theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="228"/>
        <source>Số thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="229"/>
        <source>Tên nhiệm vụ *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="230"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="231"/>
        <source>Chu kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="232"/>
        <source>Thời hạn hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="245"/>
        <source>&lt;b&gt;Đơn vị thực hiện&lt;/b&gt; – đánh dấu chủ trì hoặc phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="248"/>
        <source>Lọc đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="252"/>
        <source>Thêm đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="258"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="258"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="258"/>
        <source>Phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="340"/>
        <source>theo từng kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="342"/>
        <source>ngày/tháng/năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="352"/>
        <source>Đã gia hạn {n} lần; hạn trước: {previous}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="64"/>
        <source>&lt;h3&gt;Nhiệm vụ được giao cho {office}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="71"/>
        <source>Tìm theo tên nhiệm vụ, số văn bản (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="75"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="82"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="93"/>
        <source>Báo cáo tiến độ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="104"/>
        <source>&amp;Báo cáo tiến độ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="144"/>
        <source>Chưa có nhiệm vụ nào giao cho đơn vị.
Vào “Văn bản chỉ đạo” để nạp chỉ thị mẫu hoặc thêm văn bản, nhiệm vụ và giao cho các đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="151"/>
        <source>Chưa có nhiệm vụ nào giao cho đơn vị.
Nhiệm vụ do cấp tỉnh giao sẽ hiện ở đây sau khi nhập gói đồng bộ từ tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="161"/>
        <source>Nhiệm vụ ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="161"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="169"/>
        <source>{shown} / {total} nhiệm vụ được giao; {overdue} quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="81"/>
        <location filename="../../desktop/core/tasks/editing.py" line="184"/>
        <location filename="../../desktop/core/tasks/editing.py" line="196"/>
        <location filename="../../desktop/core/tasks/editing.py" line="274"/>
        <source>Không tìm thấy văn bản chỉ đạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="115"/>
        <location filename="../../desktop/core/tasks/editing.py" line="298"/>
        <location filename="../../desktop/core/tasks/editing.py" line="314"/>
        <location filename="../../desktop/core/tasks/editing.py" line="331"/>
        <location filename="../../desktop/core/tasks/editing.py" line="396"/>
        <source>Không tìm thấy nhiệm vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="137"/>
        <source>Không tìm thấy nhiệm vụ “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="143"/>
        <source>Không tìm thấy văn bản “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="158"/>
        <source>Không có nhiệm vụ số {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="160"/>
        <source>Có {n} văn bản cùng có nhiệm vụ số {key}; hãy dùng mã nhiệm vụ, hoặc chỉ rõ văn bản bằng --directive SỐ-KÝ-HIỆU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="347"/>
        <source>Sắp đến hạn (trong 7 ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="348"/>
        <source>Quá hạn hoặc sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="349"/>
        <source>Chưa báo cáo kỳ hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="65"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="65"/>
        <source>Phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="76"/>
        <source>Chỉ cấp tỉnh mới được ban hành, sửa văn bản chỉ đạo, nhiệm vụ và phân công. Đơn vị {office} chỉ báo cáo tiến độ các nhiệm vụ được giao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="90"/>
        <source>Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="120"/>
        <source>Không có trường “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="137"/>
        <source>Hãy nhập số, ký hiệu văn bản (ví dụ 12/CT-UBND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="139"/>
        <source>Số, ký hiệu văn bản có dạng số/ký hiệu, ví dụ 12/CT-UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="144"/>
        <source>Ngày ban hành không được sau ngày hôm nay ({today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="149"/>
        <source>Cơ quan ban hành dài quá 200 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="152"/>
        <source>Hãy nhập trích yếu (tên) văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="164"/>
        <source>Văn bản số {number} cùng ngày ban hành đã có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="217"/>
        <source>Hãy nhập tên nhiệm vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="222"/>
        <source>Chu kỳ phải là: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="228"/>
        <source>Nhiệm vụ một lần cần có thời hạn hoàn thành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="231"/>
        <source>Thời hạn không được trước ngày ban hành văn bản ({issued}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="246"/>
        <source>Số thứ tự phải là số nguyên từ 1 đến 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="300"/>
        <source>Không tìm thấy văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="339"/>
        <source>Chỉ gia hạn được nhiệm vụ có thời hạn (nhiệm vụ một lần).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="345"/>
        <source>Hãy nhập thời hạn mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="349"/>
        <source>Thời hạn mới phải sau thời hạn hiện tại ({current}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="377"/>
        <source>Không có đơn vị mã “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="379"/>
        <source>Vai trò của đơn vị phải là chủ trì hoặc phối hợp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="382"/>
        <source>Đơn vị {name} được chọn hai lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="387"/>
        <source>Hãy chọn ít nhất một đơn vị chủ trì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="447"/>
        <source>Mã đơn vị gồm chữ in hoa không dấu, chữ số, dấu - hoặc _ (tối đa 32 ký tự).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="451"/>
        <source>Mã đơn vị {code} đã có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="453"/>
        <source>Hãy nhập tên đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="455"/>
        <source>Tên đơn vị dài quá 200 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="457"/>
        <source>Loại đơn vị không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="486"/>
        <source>Kỳ báo cáo không hợp lệ; ví dụ: {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="491"/>
        <source>Nhiệm vụ này có thời hạn, không chia kỳ: hãy để trống kỳ báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="495"/>
        <source>Nhiệm vụ này báo cáo theo chu kỳ “{cycle}”: kỳ báo cáo có dạng {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="500"/>
        <source>Kỳ {period} chưa bắt đầu, chưa báo cáo được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="505"/>
        <source>Kỳ {period} đã kết thúc trước khi ban hành văn bản ({issued}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="512"/>
        <source>Ngày báo cáo không được sau ngày hôm nay ({today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="516"/>
        <source>Ngày báo cáo phải từ ngày đầu kỳ ({first}) trở đi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="526"/>
        <source>Ngày báo cáo không được trước ngày ban hành văn bản ({issued}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="531"/>
        <source>Số văn bản báo cáo dài quá 50 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="537"/>
        <source>Trạng thái phải là: chưa thực hiện, đang thực hiện hoặc hoàn thành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="545"/>
        <location filename="../../desktop/core/tasks/editing.py" line="552"/>
        <source>Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="549"/>
        <source>Hãy nhập tỷ lệ hoàn thành (0–100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="554"/>
        <source>Đã hoàn thành thì tỷ lệ là 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="556"/>
        <source>Chưa thực hiện thì tỷ lệ là 0%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="558"/>
        <source>Tỷ lệ 100% là đã hoàn thành: hãy chọn trạng thái “Hoàn thành”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="565"/>
        <source>Hãy ghi kết quả đã thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="576"/>
        <source>Không tìm thấy phân công (có thể đã bị hủy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="578"/>
        <source>Nhiệm vụ này đã bị xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="580"/>
        <source>Văn bản chỉ đạo đã bị xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="591"/>
        <source>Đơn vị {office} chỉ báo cáo tiến độ các nhiệm vụ giao cho chính mình; nhiệm vụ này giao cho đơn vị {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="615"/>
        <location filename="../../desktop/core/tasks/editing.py" line="625"/>
        <source>Không tìm thấy báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="50"/>
        <source>Một lần (có thời hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="51"/>
        <source>Thường xuyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="52"/>
        <source>Hằng tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="53"/>
        <source>Hằng quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="54"/>
        <source>6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="55"/>
        <source>Hằng năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="167"/>
        <source>Cả nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="169"/>
        <source>Năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="172"/>
        <source>6 tháng đầu năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="174"/>
        <source>6 tháng cuối năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="178"/>
        <source>Quý {n}/{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="179"/>
        <source>Tháng {n}/{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="235"/>
        <source>để trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/sample.py" line="145"/>
        <source>Không đọc được tệp chỉ thị mẫu ({path}). Hãy cài lại chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/sample.py" line="229"/>
        <source>Chỉ thị mẫu đã có trong dữ liệu (văn bản số {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/sample.py" line="234"/>
        <source>Dữ liệu mẫu: bản gốc không ghi số và ngày ban hành; ngày ban hành lấy theo ngày nạp mẫu, hãy sửa lại cho đúng văn bản thật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="53"/>
        <location filename="../../desktop/core/tasks/status.py" line="61"/>
        <source>Chưa thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="54"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="55"/>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="62"/>
        <source>Đang thực hiện – trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="63"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="64"/>
        <source>Hoàn thành – đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="65"/>
        <source>Hoàn thành – trễ hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="113"/>
        <source>Đang thực hiện – quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="114"/>
        <source>Chưa thực hiện – quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../desktop/core/vocab.py" line="15"/>
        <source>Hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="16"/>
        <source>Liên hiệp hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="17"/>
        <source>Quỹ tín dụng nhân dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="18"/>
        <source>Ngân hàng hợp tác xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="19"/>
        <source>Tổ hợp tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="25"/>
        <source>Đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="26"/>
        <source>Tạm ngừng kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="27"/>
        <source>Ngừng hoạt động / chờ giải thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="28"/>
        <source>Bị thu hồi GCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="29"/>
        <source>Đã giải thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="34"/>
        <source>Đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="34"/>
        <source>Rút gọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="39"/>
        <source>Siêu nhỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="40"/>
        <source>Nhỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="41"/>
        <source>Vừa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="42"/>
        <source>Lớn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="48"/>
        <source>Tốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="49"/>
        <source>Khá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="50"/>
        <source>Trung bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="51"/>
        <source>Yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="52"/>
        <source>Không xếp loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="58"/>
        <source>Chủ tịch Hội đồng quản trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="59"/>
        <source>Giám đốc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="60"/>
        <source>Tổ trưởng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/core/workspace.py" line="59"/>
        <source>Đơn vị chưa được thiết lập. Hãy mở chương trình để đặt tên đơn vị, hoặc chạy “htx init” / “htx setup TỆP-THIẾT-LẬP”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="78"/>
        <source>Văn phòng chưa đặt tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="178"/>
        <source>Hãy nhập tên đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="180"/>
        <source>Mã đơn vị gồm chữ in hoa không dấu, chữ số, dấu - hoặc _ (tối đa 32 ký tự).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="185"/>
        <source>Vai trò không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="188"/>
        <source>Hãy chọn địa bàn của đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="190"/>
        <source>Đơn vị cấp huyện: hãy chọn đến huyện, không chọn xã.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="57"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="59"/>
        <source>Lưu (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="60"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="92"/>
        <source>Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="109"/>
        <source>Bỏ thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="110"/>
        <source>Các thay đổi chưa được lưu. Đóng và bỏ các thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
