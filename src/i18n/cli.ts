import { guardErrorsEn, guardErrorsVi } from './guard';
import { reportErrorsEn, reportErrorsVi, reportUsageEn, reportUsageVi } from './rollup';
import type { SetProblem } from '../engine/set';
import { setProblemText } from './set-problems';

/** What the `parindex` command line says, in Vietnamese (`cliVi`) and English (`cliEn`, same keys). */

const USAGE_FIX_VI = `parindex fix — đổi điểm nhập dạng chữ thành số

Cách dùng:
  parindex fix <bảng điểm.xlsx> -o <kết quả.xlsx> [--force]

Các ô điểm lưu dạng chữ ("8,5", " 7.5 ") được ghi thành số trong một bản sao, theo cùng quy tắc với nút
"Sửa số nhập dạng chữ" của phần bổ trợ; tệp gốc không bao giờ bị ghi. Không có ô nào cần sửa thì không ghi gì.

Tùy chọn:
  -o, --output <tệp>   Tệp kết quả .xlsx (đã có thì dừng, trừ khi thêm --force)
  --force              Thay tệp kết quả đã có
  --sheet <tên>        Trang chấm điểm (mặc định: tự tìm theo dòng tiêu đề)
  --set <mã | tệp>     Bộ chỉ số, khi mẫu dùng bộ riêng của tỉnh
  --lang en            Thông báo bằng tiếng Anh
  -h, --help           Xem hướng dẫn này

Mã thoát: 0 đã ghi (hoặc không có gì để sửa); 2 tệp không đọc được, tệp kết quả đã có hoặc gọi lệnh sai;
3 lỗi của chương trình.`;

const USAGE_FIX_EN = `parindex fix — turn scores typed as text into numbers

Usage:
  parindex fix <scores.xlsx> -o <result.xlsx> [--force]

Score cells stored as text ("8,5", " 7.5 ") are written as numbers into a copy, by the same rule as the
add-in's "Fix numbers typed as text" button; the input is never written. With nothing to fix, nothing is written.

Options:
  -o, --output <file>   The .xlsx to write (an existing one is refused unless --force)
  --force               Replace an existing output
  --sheet <name>        The scoring sheet (default: found by its header row)
  --set <id | file>     The criteria set, for a province's own set
  --lang en             Messages in English
  -h, --help            Show this help

Exit codes: 0 written (or nothing to fix); 2 unreadable input, an existing output or wrong usage;
3 a fault in the program.`;

const USAGE_VI = {
  fix: USAGE_FIX_VI,
  report: reportUsageVi,
  main: `parindex — Chỉ số CCHC cấp xã: mẫu tự chấm điểm, kiểm tra điểm, phụ lục kế hoạch cải thiện

Cách dùng:
  parindex template [--set <mã bộ | tệp.json>] [--year <năm>] [--unit "UBND xã …"] -o <mẫu.xlsx> [--force]
  parindex check <bảng điểm.xlsx> [<bảng điểm.xlsx> …] [--json]
  parindex plan <bảng điểm.xlsx> -o <kết quả.xlsx> [--plan-year <năm>] [--only-below-max] [--json] [--force]
  parindex fix <bảng điểm.xlsx> -o <kết quả.xlsx> [--force]
  parindex document <bảng điểm.xlsx> -o <ke-hoach.docx> [--plan-year <năm>] [--json] [--force]
  parindex sets [--sheet <mã bộ | tệp.json> -o <bo-tieu-chi.xlsx>] [--json [<tệp.xlsx>]]
  parindex import <bảng.xlsx> [--set …] [--json] [-o <mẫu-mới.xlsx> [--as self|appraised]]
  parindex report <tệp hoặc thư mục …> -o <tong-hop.xlsx> [--json] [--force]

Lệnh:
  template   Tạo mẫu tự chấm điểm (.xlsx) theo một bộ chỉ số
  check      Kiểm tra điểm đã nhập trong mẫu (một hoặc nhiều tệp một lượt)
  plan       Lập phụ lục kế hoạch cải thiện Chỉ số CCHC, ghi ra một bản sao của bảng điểm
  fix        Đổi điểm nhập dạng chữ ("8,5") thành số, ghi ra một bản sao của bảng điểm
  document   Soạn văn bản Kế hoạch (Word .docx) kèm phụ lục từ bảng điểm
  sets       Liệt kê các bộ chỉ số có sẵn; ghi một bộ thành trang "Bộ tiêu chí" sửa được, đọc lại từ trang đó
  import     Đọc bảng điểm có sẵn (phụ lục năm trước), so với bộ chỉ số, chuyển thành mẫu có sẵn điểm
  report     Tổng hợp, xếp hạng bảng điểm của nhiều xã (bảng tổng hợp .xlsx)

Tùy chọn chung:
  --lang en    Thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  -h, --help   Xem hướng dẫn (parindex <lệnh> --help cho từng lệnh)

Tệp kết quả (-o) đã có sẵn thì không bị ghi đè: hãy chọn tên khác, hoặc thêm --force để thay tệp đó.

Mã thoát: 0 thành công; 1 điểm có lỗi; 2 tệp không đọc được hoặc gọi lệnh sai;
3 lỗi của chương trình — hãy báo cho người phát triển.`,
  template: `parindex template — tạo mẫu tự chấm điểm Chỉ số CCHC (.xlsx)

Cách dùng:
  parindex template [--set <mã bộ | tệp.json>] [--year <năm>] [--unit "UBND xã …"] -o <mẫu.xlsx> [--force]

Tùy chọn:
  -o, --output <tệp.xlsx>   Tệp mẫu sẽ tạo (bắt buộc)
  --force                   Thay tệp đó nếu đã có (mặc định: không ghi đè, để khỏi mất điểm đã nhập)
  --set <mã | tệp.json>     Bộ chỉ số: mã bộ có sẵn (xem parindex sets) hoặc tệp JSON của tỉnh
                            (mặc định: dak-nong-xa-2023)
  --year <năm>              Năm đánh giá (mặc định: năm của bộ chỉ số)
  --unit "<tên đơn vị>"     Tên đơn vị ghi ở đầu mẫu, ví dụ "UBND xã Quảng Sơn"
  --lang en                 Thông báo bằng tiếng Anh
  -h, --help                Xem hướng dẫn này

Mã thoát: 0 đã tạo mẫu; 2 gọi lệnh sai, tệp đã có hoặc không ghi được tệp; 3 lỗi của chương trình — hãy báo
cho người phát triển.`,
  check: `parindex check — kiểm tra điểm đã nhập trong mẫu tự chấm điểm

Cách dùng:
  parindex check <bảng điểm.xlsx> [<bảng điểm.xlsx> …] [--json]
  parindex check xa-*.xlsx          (nhiều tệp một lượt, ví dụ bảng điểm của các xã)

Nhiều tệp: mỗi tệp được kiểm tra riêng và in dưới một dòng nêu tên tệp; tệp không đọc được thì được báo lỗi
ngay tại đó, các tệp khác vẫn được kiểm tra. Cuối cùng là một dòng tổng hợp. Không tệp nào bị ghi.

Tùy chọn:
  --json                  In kết quả dạng JSON: một đối tượng; với nhiều tệp, một mảng theo thứ tự các tệp,
                          tệp không đọc được là {"file", "ok": false, "error": {"code", "message"}}
  --sheet "<tên trang>"   Trang cần đọc, khi tệp có nhiều trang chấm điểm (mặc định: trang đầu tiên có
                          dòng tiêu đề của mẫu); áp dụng cho mọi tệp
  --set <mã | tệp.json>   Bộ chỉ số dùng để đọc mẫu, khi mẫu được tạo từ tệp JSON của tỉnh; áp dụng cho
                          mọi tệp
  --lang en               Thông báo bằng tiếng Anh
  -h, --help              Xem hướng dẫn này

Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 điểm có lỗi; 2 tệp không đọc được hoặc gọi lệnh sai;
3 lỗi của chương trình — hãy báo cho người phát triển.
Với nhiều tệp: mã cao nhất trong các tệp.`,
  plan: `parindex plan — lập phụ lục kế hoạch cải thiện, nâng cao Chỉ số CCHC

Đọc bảng điểm, kiểm tra điểm, rồi ghi một bản sao có thêm trang "Phụ lục KH <năm>". Tệp đầu vào
không bao giờ bị ghi đè. Nếu bảng điểm đã có phụ lục của năm đó, phần cán bộ đã sửa (mục tiêu, nhiệm vụ,
đơn vị chủ trì) được giữ lại, và phụ lục cũ được giữ nguyên ở trang "(bản cũ)" (kể cả dòng tiêu đề, cột
đã sửa và các dòng không ghép được).

Cách dùng:
  parindex plan <bảng điểm.xlsx> -o <kết quả.xlsx> [--plan-year <năm>] [--only-below-max] [--json] [--force]

Tùy chọn:
  -o, --output <tệp.xlsx>   Tệp kết quả (bắt buộc, khác tệp đầu vào)
  --force                   Thay tệp kết quả nếu đã có (mặc định: không ghi đè)
  --plan-year <năm>         Năm kế hoạch (mặc định: năm đánh giá + 1)
  --only-below-max          Chỉ liệt kê tiêu chí chưa đạt điểm tối đa
  --json                    In kết quả dạng JSON (một đối tượng)
  --sheet "<tên trang>"     Trang chấm điểm cần đọc
  --set <mã | tệp.json>     Bộ chỉ số dùng để đọc mẫu, khi mẫu được tạo từ tệp JSON của tỉnh
  --lang en                 Thông báo bằng tiếng Anh
  -h, --help                Xem hướng dẫn này

Mã thoát: 0 đã ghi phụ lục; 1 điểm có lỗi (không ghi gì); 2 tệp không đọc được, tệp kết quả đã có hoặc
gọi lệnh sai; 3 lỗi của chương trình — hãy báo cho người phát triển.`,
  sets: `parindex sets — liệt kê các bộ chỉ số có sẵn

Cách dùng:
  parindex sets [--json]

Tùy chọn:
  --json       In danh sách dạng JSON
  --lang en    Thông báo bằng tiếng Anh
  -h, --help   Xem hướng dẫn này`,
};

const USAGE_EN: typeof USAGE_VI = {
  fix: USAGE_FIX_EN,
  report: reportUsageEn,
  main: `parindex — commune PAR Index: self-assessment template, score checks, improvement-plan appendix

Usage:
  parindex template [--set <set id | file.json>] [--year <year>] [--unit "UBND xã …"] -o <template.xlsx> [--force]
  parindex check <scores.xlsx> [<scores.xlsx> …] [--json]
  parindex plan <scores.xlsx> -o <out.xlsx> [--plan-year <year>] [--only-below-max] [--json] [--force]
  parindex fix <scores.xlsx> -o <result.xlsx> [--force]
  parindex document <scores.xlsx> -o <ke-hoach.docx> [--plan-year <year>] [--json] [--force]
  parindex sets [--sheet <set id | file.json> -o <bo-tieu-chi.xlsx>] [--json [<file.xlsx>]]
  parindex import <table.xlsx> [--set …] [--json] [-o <new.xlsx> [--as self|appraised]]
  parindex report <files or folders …> -o <summary.xlsx> [--json] [--force]

Commands:
  template   Create a self-assessment template (.xlsx) for a criteria set
  check      Check the scores entered in a template (one file or many at once)
  plan       Build the improvement-plan appendix and write it into a copy of the workbook
  fix        Turn scores typed as text ("8,5") into numbers, in a copy of the workbook
  document   Draft the plan document (Word .docx) with its appendix from the scores
  sets       List the built-in criteria sets; write one as an editable "Bộ tiêu chí" sheet, read it back
  import     Read an existing score table (last year's appendix), compare it with a set, turn it into a template
  report     Roll up and rank many communes' workbooks into one summary workbook (.xlsx)

Common options:
  --lang en    Messages in English (default: Vietnamese)
  -h, --help   Show help (parindex <command> --help for each command)

An existing output file (-o) is never overwritten: choose another name, or add --force to replace it.

Exit codes: 0 success; 1 the scores have errors; 2 unreadable input or wrong usage;
3 a fault in the program itself — please report it to the developers.`,
  template: `parindex template — create a PAR Index self-assessment template (.xlsx)

Usage:
  parindex template [--set <set id | file.json>] [--year <year>] [--unit "UBND xã …"] -o <template.xlsx> [--force]

Options:
  -o, --output <file.xlsx>   The template to create (required)
  --force                    Replace that file if it exists (default: never overwrite, so no typed score is lost)
  --set <id | file.json>     Criteria set: a built-in id (see parindex sets) or a province's JSON file
                             (default: dak-nong-xa-2023)
  --year <year>              Assessment year (default: the set's year)
  --unit "<name>"            Unit name at the top of the template, e.g. "UBND xã Quảng Sơn"
  --lang en                  Messages in English
  -h, --help                 Show this help

Exit codes: 0 template written; 2 wrong usage, the file exists or could not be written; 3 a fault in the
program itself — please report it to the developers.`,
  check: `parindex check — check the scores entered in a self-assessment template

Usage:
  parindex check <scores.xlsx> [<scores.xlsx> …] [--json]
  parindex check xa-*.xlsx          (many files at once, e.g. every commune's scores)

Several files: each is checked on its own and printed under a line naming it; a file that cannot be read
gets its message there and the others are still checked. One summary line closes. No file is written.

Options:
  --json                 Print the result as JSON: one object; with several files, an array in the order of
                         the files, an unreadable one as {"file", "ok": false, "error": {"code", "message"}}
  --sheet "<name>"       The sheet to read when the file has several scoring sheets (default: the first
                         sheet with the template's header row); applies to every file
  --set <id | file.json> The criteria set to read the template with, when it was made from a JSON file;
                         applies to every file
  --lang en              Messages in English
  -h, --help             Show this help

Exit codes: 0 no errors (warnings allowed); 1 the scores have errors; 2 unreadable input or wrong usage;
3 a fault in the program itself — please report it to the developers.
With several files: the highest code of any file.`,
  plan: `parindex plan — build the appendix of the plan to improve the PAR Index

Reads the scores, checks them, then writes a copy of the workbook with a "Phụ lục KH <year>" sheet added.
The input file is never written. If the workbook already has that year's appendix, what staff edited
(targets, tasks, responsible units) is kept, and the previous appendix stays as it was on a "(bản cũ)" sheet
(with its title lines, edited columns and any rows that cannot be matched).

Usage:
  parindex plan <scores.xlsx> -o <out.xlsx> [--plan-year <year>] [--only-below-max] [--json] [--force]

Options:
  -o, --output <file.xlsx>   The file to write (required, not the input)
  --force                    Replace the output file if it exists (default: never overwrite)
  --plan-year <year>         Plan year (default: assessment year + 1)
  --only-below-max           List only criteria below their max
  --json                     Print the result as JSON (one object)
  --sheet "<name>"           The scoring sheet to read
  --set <id | file.json>     The criteria set to read the template with, when it was made from a JSON file
  --lang en                  Messages in English
  -h, --help                 Show this help

Exit codes: 0 appendix written; 1 the scores have errors (nothing written); 2 unreadable input, the output
exists or wrong usage; 3 a fault in the program itself — please report it to the developers.`,
  sets: `parindex sets — list the built-in criteria sets

Usage:
  parindex sets [--json]

Options:
  --json       Print the list as JSON
  --lang en    Messages in English
  -h, --help   Show this help`,
};

export const cliVi = {
  usage: USAGE_VI,
  errors: {
    noCommand: (_p: Record<string, never>) =>
      'Chưa nêu lệnh. Hãy dùng: parindex template | check | plan | fix | document | sets | import | report (xem parindex --help).',
    unknownCommand: (p: { command: string }) =>
      `Không có lệnh "${p.command}". Các lệnh: template, check, plan, fix, document, sets, import, report (xem parindex --help).`,
    unknownOption: (p: { option: string; command: string }) =>
      `Lệnh ${p.command} không có tùy chọn ${p.option}. Xem parindex ${p.command} --help.`,
    missingValue: (p: { option: string; command: string }) =>
      `Tùy chọn ${p.option} cần một giá trị. Xem parindex ${p.command} --help.`,
    extraArgument: (p: { arg: string; command: string }) =>
      `Lệnh ${p.command} không nhận thêm "${p.arg}". Xem parindex ${p.command} --help.`,
    missingInput: (p: { command: string }) =>
      `Chưa nêu tệp bảng điểm. Hãy dùng: parindex ${p.command} <bảng điểm.xlsx>.`,
    missingOutput: (p: { command: string }) =>
      `Chưa nêu tệp kết quả. Hãy thêm -o <tệp.xlsx> (xem parindex ${p.command} --help).`,
    badYear: (p: { option: string; value: string }) =>
      `${p.option} "${p.value}" không phải là năm hợp lệ. Hãy ghi năm bằng 4 chữ số, ví dụ 2024.`,
    badLang: (p: { value: string }) =>
      `Ngôn ngữ "${p.value}" chưa hỗ trợ. Hãy dùng --lang vi hoặc --lang en.`,
    outputNotXlsx: (p: { file: string }) =>
      `Tệp kết quả "${p.file}" phải có đuôi .xlsx. Hãy đặt tên khác, ví dụ ket-qua.xlsx.`,
    sameAsInput: (p: { file: string }) =>
      `Tệp kết quả "${p.file}" chính là tệp đầu vào. parindex không ghi đè bảng điểm: hãy đặt tên khác cho tệp kết quả, ví dụ thêm "-phu-luc".`,
    outputExists: (p: { file: string }) =>
      `Tệp kết quả "${p.file}" đã có sẵn; parindex không ghi đè để khỏi mất điểm hay nội dung đã nhập trong đó. Hãy chọn tên khác cho tệp kết quả, hoặc thêm --force nếu thật sự muốn thay tệp đó.`,
    outputIsDirectory: (p: { file: string }) =>
      `"${p.file}" là một thư mục. Hãy ghi kèm tên tệp, ví dụ ${p.file}/ket-qua.xlsx.`,
    outputDirMissing: (p: { file: string; dir: string }) =>
      `Không ghi được "${p.file}": thư mục "${p.dir}" không tồn tại. Hãy tạo thư mục đó hoặc chọn thư mục khác.`,
    outputDirNotWritable: (p: { file: string; dir: string }) =>
      `Không ghi được "${p.file}": không có quyền ghi vào thư mục "${p.dir}". Hãy chọn thư mục khác hoặc xin cấp quyền ghi.`,
    writeFailed: (p: { file: string; reason: string }) =>
      `Không ghi được "${p.file}" (${p.reason}). Không có tệp nào được tạo; hãy kiểm tra ổ đĩa rồi chạy lại.`,
    inputNotFound: (p: { file: string }) =>
      `Không tìm thấy tệp "${p.file}". Hãy kiểm tra lại đường dẫn và tên tệp.`,
    inputIsDirectory: (p: { file: string }) =>
      `"${p.file}" là một thư mục, không phải bảng tính. Hãy nêu tệp .xlsx cần đọc.`,
    inputUnreadable: (p: { file: string; reason: string }) =>
      `Không đọc được tệp "${p.file}" (${p.reason}). Hãy kiểm tra quyền đọc tệp.`,
    ...guardErrorsVi,
    ...reportErrorsVi,
    empty: (p: { file: string }) =>
      `Tệp "${p.file}" rỗng (0 byte). Hãy chép lại tệp từ nguồn, hoặc lưu lại từ Excel dạng .xlsx.`,
    notXlsx: (p: { file: string }) =>
      `Tệp "${p.file}" không phải bảng tính Excel .xlsx. Hãy mở tệp bằng Excel (hoặc LibreOffice, WPS) và lưu lại dạng "Excel Workbook (*.xlsx)".`,
    legacyXls: (p: { file: string }) =>
      `Tệp "${p.file}" là bảng tính Excel đời cũ (.xls). Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`,
    encrypted: (p: { file: string }) =>
      `Tệp "${p.file}" được đặt mật khẩu mở tệp nên không đọc được. Hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu) rồi lưu lại.`,
    truncated: (p: { file: string }) =>
      `Tệp "${p.file}" bị thiếu phần cuối (chép hoặc tải về chưa xong). Hãy chép hoặc tải lại tệp đầy đủ.`,
    damaged: (p: { file: string }) =>
      `Tệp "${p.file}" bị hỏng, không đọc được nội dung bảng tính. Hãy mở bằng Excel để sửa (Tệp > Mở > chọn tệp > mũi tên cạnh nút Mở > Mở và Sửa chữa) rồi lưu lại dạng .xlsx.`,
    noTemplate: (p: { file: string }) =>
      `Tệp "${p.file}" không có trang chấm điểm: không trang nào có dòng tiêu đề "STT | Lĩnh vực, tiêu chí | Điểm tối đa | Điểm tự đánh giá". Hãy tạo mẫu bằng "parindex template" và nhập điểm vào đó.`,
    noSuchSheet: (p: { file: string; sheet: string; sheets: string }) =>
      `Tệp "${p.file}" không có trang chấm điểm tên "${p.sheet}". Các trang có trong tệp: ${p.sheets}.`,
    noRecord: (p: { file: string; sheet: string }) =>
      `Trang "${p.sheet}" của tệp "${p.file}" đã mất dòng "Mã bộ chỉ số: … | Phiên bản: … | Năm đánh giá: …" nên không biết mẫu thuộc bộ chỉ số nào. Hãy khôi phục dòng đó, hoặc nêu bộ chỉ số bằng --set.`,
    unknownSet: (p: { id: string; known: string }) =>
      `Không có bộ chỉ số "${p.id}". Các bộ có sẵn: ${p.known}. Với bộ chỉ số riêng của tỉnh, hãy dùng --set <tệp.json>.`,
    unknownSetInFile: (p: { file: string; id: string; known: string }) =>
      `Tệp "${p.file}" là mẫu của bộ chỉ số "${p.id}", không có trong các bộ có sẵn (${p.known}). Hãy nêu tệp bộ chỉ số đó bằng --set <tệp.json>.`,
    setMismatch: (p: { file: string; id: string; setId: string }) =>
      `Tệp "${p.file}" là mẫu của bộ chỉ số "${p.id}", nhưng --set nêu bộ "${p.setId}". Hãy dùng đúng bộ chỉ số đã tạo mẫu.`,
    versionMismatch: (p: { file: string; id: string; version: string; setVersion: string }) =>
      `Tệp "${p.file}" là mẫu của bộ chỉ số "${p.id}" phiên bản ${p.version}, nhưng bộ hiện có là phiên bản ${p.setVersion}. Hãy tạo lại mẫu bằng "parindex template" và chép điểm sang, hoặc nêu đúng phiên bản bằng --set <tệp.json>.`,
    duplicateCodes: (p: { file: string; sheet: string; items: { code: string; rows: number[] }[] }) =>
      `Trang "${p.sheet}" của tệp "${p.file}" có mã tiêu chí bị trùng: ${p.items.map((d) => `${d.code} (dòng ${d.rows.join(', ')})`).join('; ')}. Mỗi tiêu chí chỉ được có một dòng: hãy xóa hoặc sửa mã ở các dòng trùng rồi chạy lại.`,
    setFileNotFound: (p: { file: string }) =>
      `Không tìm thấy tệp bộ chỉ số "${p.file}". Hãy kiểm tra đường dẫn, hoặc dùng mã bộ có sẵn (xem parindex sets).`,
    setFileNoPermission: (p: { file: string }) =>
      `Không có quyền đọc tệp bộ chỉ số "${p.file}". Hãy xin cấp quyền đọc tệp, hoặc chép tệp sang thư mục của mình.`,
    setFileIsDirectory: (p: { file: string }) =>
      `"${p.file}" là một thư mục, không phải tệp bộ chỉ số. Hãy nêu tệp .json của bộ chỉ số.`,
    setFileUnreadable: (p: { file: string; reason: string }) =>
      `Không đọc được tệp bộ chỉ số "${p.file}" (${p.reason}). Hãy kiểm tra tệp rồi chạy lại.`,
    setFileNotJson: (p: { file: string; detail: string }) =>
      `Tệp bộ chỉ số "${p.file}" không phải JSON hợp lệ (${p.detail}). Hãy sửa tệp rồi chạy lại.`,
    setFileInvalid: (p: { file: string; problems: SetProblem[]; more: number }) =>
      `Tệp bộ chỉ số "${p.file}" có lỗi: ${p.problems.map((x) => `${x.path || '(gốc)'}: ${setProblemText(x, 'vi')}`).join('; ')}${p.more > 0 ? ` (và ${p.more} lỗi khác)` : ''}. Hãy sửa tệp rồi chạy lại.`,
  },
  report: {
    file: (p: { file: string; sheet: string }) => `Tệp: ${p.file} (trang "${p.sheet}")`,
    set: (p: { name: string; id: string; version: string; year: number }) =>
      `Bộ chỉ số: ${p.name} (${p.id}, phiên bản ${p.version}); năm đánh giá ${p.year}`,
    column: { self: 'Điểm tự đánh giá', appraised: 'Điểm thẩm định' },
    total: (p: { column: string; score: string; max: string; percent: string }) =>
      `${p.column}: ${p.score}/${p.max} điểm (${p.percent}%)`,
    classification: (p: { name: string }) => `, xếp loại ${p.name}`,
    field: (p: { code: string; name: string; score: string; max: string }) =>
      `  ${p.code}. ${p.name}: ${p.score}/${p.max}`,
    fieldNoScore: (p: { code: string; name: string; max: string }) =>
      `  ${p.code}. ${p.name}: chưa có điểm (tối đa ${p.max})`,
    errors: (p: { count: number }) => `Lỗi (${p.count}):`,
    warnings: (p: { count: number }) => `Cảnh báo (${p.count}):`,
    problem: (p: { cell: string; message: string }) => `  ${p.cell ? `${p.cell}: ` : ''}${p.message}`,
    belowMax: (p: { count: number }) => `Tiêu chí chưa đạt điểm tối đa (${p.count}):`,
    belowMaxItem: (p: { code: string; name: string; score: string; max: string; gap: string }) =>
      `  ${p.code} ${p.name}: ${p.score}/${p.max} (còn thiếu ${p.gap})`,
    ok: 'Không có lỗi.',
    hasErrors: (p: { count: number }) => `Có ${p.count} lỗi: hãy sửa các ô nêu trên rồi chạy lại.`,
    batchFile: (p: { file: string; index: number; count: number }) =>
      `=== Tệp ${p.index}/${p.count}: ${p.file} ===`,
    batchSummary: (p: { files: number; clean: number; errors: number; unreadable: number }) =>
      `Đã kiểm tra ${p.files} tệp: ${p.clean} không có lỗi, ${p.errors} có lỗi điểm, ${p.unreadable} không đọc được.`,
    planNotWritten: (p: { count: number }) =>
      `Chưa lập phụ lục vì điểm còn ${p.count} lỗi; không ghi tệp nào. Hãy sửa các ô nêu trên rồi chạy lại.`,
    planWritten: (p: { file: string; sheet: string; rows: number }) =>
      `Đã ghi "${p.file}" với trang "${p.sheet}" (${p.rows} dòng lĩnh vực, tiêu chí).`,
    planKept: (p: { count: number }) =>
      `Giữ lại phần cán bộ đã sửa ở ${p.count} dòng của phụ lục cũ (mục tiêu, nhiệm vụ, đơn vị chủ trì).`,
    planBackup: (p: { sheet: string; previous: string }) =>
      `Phụ lục cũ (trang "${p.previous}") được giữ nguyên ở trang "${p.sheet}": dòng tiêu đề, số kế hoạch, cột đã thêm đều còn đó để chép lại nếu cần.`,
    planLeftovers: (p: { sheet: string; count: number }) =>
      `${p.count} dòng của phụ lục cũ không ghép được với bộ chỉ số: xem trang "${p.sheet}".`,
    templateWritten: (p: { file: string; sheet: string; set: string; rows: number }) =>
      `Đã tạo mẫu "${p.file}" (trang "${p.sheet}", bộ chỉ số ${p.set}, ${p.rows} dòng). Hãy nhập điểm vào cột "Điểm tự đánh giá".`,
    setsHeading: 'Các bộ chỉ số có sẵn:',
    setItem: (p: {
      id: string;
      name: string;
      version: string;
      year: number;
      total: string;
      fields: number;
      criteria: number;
    }) =>
      `  ${p.id}\n      ${p.name}\n      phiên bản ${p.version}, năm đánh giá ${p.year}, ${p.total} điểm, ${p.fields} lĩnh vực, ${p.criteria} tiêu chí`,
    setsHint: 'Tạo mẫu: parindex template --set <mã bộ> -o mau.xlsx',
  },
};

export type CliCatalogue = typeof cliVi;

export const cliEn: CliCatalogue = {
  usage: USAGE_EN,
  errors: {
    noCommand: () =>
      'No command given. Use: parindex template | check | plan | fix | document | sets | import | report (see parindex --help).',
    unknownCommand: (p) =>
      `There is no command "${p.command}". Commands: template, check, plan, fix, document, sets, import, report (see parindex --help).`,
    unknownOption: (p) => `Command ${p.command} has no option ${p.option}. See parindex ${p.command} --help.`,
    missingValue: (p) => `Option ${p.option} needs a value. See parindex ${p.command} --help.`,
    extraArgument: (p) => `Command ${p.command} takes no extra "${p.arg}". See parindex ${p.command} --help.`,
    missingInput: (p) => `No scores workbook given. Use: parindex ${p.command} <scores.xlsx>.`,
    missingOutput: (p) => `No output file given. Add -o <file.xlsx> (see parindex ${p.command} --help).`,
    badYear: (p) => `${p.option} "${p.value}" is not a valid year. Give a 4-digit year, for example 2024.`,
    badLang: (p) => `Language "${p.value}" is not supported. Use --lang vi or --lang en.`,
    outputNotXlsx: (p) =>
      `The output file "${p.file}" must end in .xlsx. Choose another name, e.g. result.xlsx.`,
    sameAsInput: (p) =>
      `The output file "${p.file}" is the input file. parindex never overwrites a scores workbook: give the output another name, e.g. add "-plan".`,
    outputExists: (p) =>
      `The output file "${p.file}" already exists; parindex does not overwrite it, so no score or text typed into it is lost. Choose another name for the output, or add --force if you really mean to replace it.`,
    outputIsDirectory: (p) => `"${p.file}" is a folder. Add a file name, e.g. ${p.file}/result.xlsx.`,
    outputDirMissing: (p) =>
      `Cannot write "${p.file}": the folder "${p.dir}" does not exist. Create it or choose another folder.`,
    outputDirNotWritable: (p) =>
      `Cannot write "${p.file}": no permission to write in the folder "${p.dir}". Choose another folder or ask for write access.`,
    writeFailed: (p) =>
      `Could not write "${p.file}" (${p.reason}). No file was created; check the disk and run again.`,
    inputNotFound: (p) => `File "${p.file}" not found. Check the path and the file name.`,
    inputIsDirectory: (p) => `"${p.file}" is a folder, not a workbook. Give the .xlsx file to read.`,
    inputUnreadable: (p) => `Cannot read "${p.file}" (${p.reason}). Check that you may read the file.`,
    ...guardErrorsEn,
    ...reportErrorsEn,
    empty: (p) =>
      `File "${p.file}" is empty (0 bytes). Copy it again from its source, or save it again from Excel as .xlsx.`,
    notXlsx: (p) =>
      `File "${p.file}" is not an Excel .xlsx workbook. Open it in Excel (or LibreOffice, WPS) and save it as "Excel Workbook (*.xlsx)".`,
    legacyXls: (p) =>
      `File "${p.file}" is an old-style Excel workbook (.xls). Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
    encrypted: (p) =>
      `File "${p.file}" is protected with a password to open, so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save it.`,
    truncated: (p) =>
      `File "${p.file}" is cut short (an unfinished copy or download). Copy or download the whole file again.`,
    damaged: (p) =>
      `File "${p.file}" is damaged: its workbook contents cannot be read. Open it in Excel to repair it (Open and Repair) and save it as .xlsx.`,
    noTemplate: (p) =>
      `File "${p.file}" has no scoring sheet: no sheet has the header row "STT | Lĩnh vực, tiêu chí | Điểm tối đa | Điểm tự đánh giá". Create a template with "parindex template" and enter the scores there.`,
    noSuchSheet: (p) => `File "${p.file}" has no scoring sheet named "${p.sheet}". Its sheets: ${p.sheets}.`,
    noRecord: (p) =>
      `Sheet "${p.sheet}" of "${p.file}" has lost its line "Mã bộ chỉ số: … | Phiên bản: … | Năm đánh giá: …", so its criteria set is unknown. Restore that line, or name the set with --set.`,
    unknownSet: (p) =>
      `There is no criteria set "${p.id}". Built-in sets: ${p.known}. For a province's own set, use --set <file.json>.`,
    unknownSetInFile: (p) =>
      `File "${p.file}" is a template of the criteria set "${p.id}", which is not built in (${p.known}). Name that set's file with --set <file.json>.`,
    setMismatch: (p) =>
      `File "${p.file}" is a template of the criteria set "${p.id}", but --set names "${p.setId}". Use the set the template was made from.`,
    versionMismatch: (p) =>
      `File "${p.file}" is a template of the criteria set "${p.id}" version ${p.version}, but the set at hand is version ${p.setVersion}. Make a new template with "parindex template" and copy the scores over, or give that version with --set <file.json>.`,
    duplicateCodes: (p) =>
      `Sheet "${p.sheet}" of "${p.file}" has duplicated criterion codes: ${p.items.map((d) => `${d.code} (rows ${d.rows.join(', ')})`).join('; ')}. Each criterion may have one row only: delete or fix the duplicated rows and run again.`,
    setFileNotFound: (p) =>
      `Criteria set file "${p.file}" not found. Check the path, or use a built-in set id (see parindex sets).`,
    setFileNoPermission: (p) =>
      `No permission to read the criteria set file "${p.file}". Ask for read access, or copy the file into a folder of your own.`,
    setFileIsDirectory: (p) => `"${p.file}" is a folder, not a criteria set file. Give the set's .json file.`,
    setFileUnreadable: (p) =>
      `Cannot read the criteria set file "${p.file}" (${p.reason}). Check the file and run again.`,
    setFileNotJson: (p) =>
      `Criteria set file "${p.file}" is not valid JSON (${p.detail}). Fix the file and run again.`,
    setFileInvalid: (p) =>
      `Criteria set file "${p.file}" has errors: ${p.problems.map((x) => `${x.path || '(root)'}: ${setProblemText(x, 'en')}`).join('; ')}${p.more > 0 ? ` (and ${p.more} more)` : ''}. Fix the file and run again.`,
  },
  report: {
    file: (p) => `File: ${p.file} (sheet "${p.sheet}")`,
    set: (p) => `Criteria set: ${p.name} (${p.id}, version ${p.version}); assessment year ${p.year}`,
    column: { self: 'Self-assessed score', appraised: 'Appraised score' },
    total: (p) => `${p.column}: ${p.score}/${p.max} points (${p.percent}%)`,
    classification: (p) => `, rated ${p.name}`,
    field: (p) => `  ${p.code}. ${p.name}: ${p.score}/${p.max}`,
    fieldNoScore: (p) => `  ${p.code}. ${p.name}: no score yet (max ${p.max})`,
    errors: (p) => `Errors (${p.count}):`,
    warnings: (p) => `Warnings (${p.count}):`,
    problem: (p) => `  ${p.cell ? `${p.cell}: ` : ''}${p.message}`,
    belowMax: (p) => `Criteria below their max (${p.count}):`,
    belowMaxItem: (p) => `  ${p.code} ${p.name}: ${p.score}/${p.max} (${p.gap} short)`,
    ok: 'No errors.',
    hasErrors: (p) => `${p.count} error(s): fix the cells above and run again.`,
    batchFile: (p) => `=== File ${p.index}/${p.count}: ${p.file} ===`,
    batchSummary: (p) =>
      `Checked ${p.files} file${p.files === 1 ? '' : 's'}: ${p.clean} without errors, ${p.errors} with errors in the scores, ${p.unreadable} unreadable.`,
    planNotWritten: (p) =>
      `No appendix built: the scores have ${p.count} error(s); nothing was written. Fix the cells above and run again.`,
    planWritten: (p) => `Wrote "${p.file}" with the sheet "${p.sheet}" (${p.rows} field and criterion rows).`,
    planKept: (p) =>
      `Kept what staff edited on ${p.count} row(s) of the previous appendix (targets, tasks, units).`,
    planBackup: (p) =>
      `The previous appendix (sheet "${p.previous}") is kept unchanged on the sheet "${p.sheet}": its title lines, plan number and added columns are there to copy back if needed.`,
    planLeftovers: (p) =>
      `${p.count} row(s) of the previous appendix could not be matched to the set: see the sheet "${p.sheet}".`,
    templateWritten: (p) =>
      `Created the template "${p.file}" (sheet "${p.sheet}", set ${p.set}, ${p.rows} rows). Enter the scores in the column "Điểm tự đánh giá".`,
    setsHeading: 'Built-in criteria sets:',
    setItem: (p) =>
      `  ${p.id}\n      ${p.name}\n      version ${p.version}, assessment year ${p.year}, ${p.total} points, ${p.fields} fields, ${p.criteria} criteria`,
    setsHint: 'Create a template: parindex template --set <set id> -o template.xlsx',
  },
};
