/**
 * The seed document's appendix (../shared/seed/000_393334c7557cf210.txt, from "PHỤ LỤC" to the end), verbatim:
 * its title lines and its table as the document's text gives it, page breaks and cut rows included.
 */
export const SEED_APPENDIX_TEXT = `PHỤ LỤC
MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CCHC
UBND XÃ QUẢNG SƠN NĂM 2024

(Ban hành kèm theo Kế hoạch số /KH-UBND ngày / /2024 của UBND UBND xã Quảng Sơn

| STT | Lĩnh vực, tiêu chí | Điểm tối đa | Điểm đạt được năm 2023 | Mục tiêu năm 2024 | Nhiệm vụ/ Giải pháp thực hiện | Đơn vị chủ trì thực hiện |
|-----------|---|-------------|------------------------|-------------------|---|--------------------------|
| 1. | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC | 16 | 15 | 16 | | |
| 1.1 | Thực hiện Kế hoạch CCHC năm | 2 | 2 | 2 | Thực hiện đầy đủ các nội dung kế hoạch đã đề ra đảm bảo thực hiện đạt 100% các mục tiêu kế hoạch đề ra | Toàn thể CBCC xã |
| 1.2 | Thực hiện chế độ báo cáo CCHC định kỳ | 2 | 2 | 2 | Thực hiện đầy đủ chế độ báo cáo CCHC định kỳ và đột xuất theo quy định | CC Văn phòng - Thống kê |
| 1.3 | Công tác kiểm tra CCHC | 2 | 2 | 2 | Ban hành kế hoạch kiểm tra CCHC | |
| 1.4 | Công tác tuyên truyền về CCHC | 4 | 4 | 4 | Xây dựng kế hoạch tuyên truyền, triển khai tuyên truyền trên các phương tiện thông tin đại chúng | CC Văn Hóa - xã hội |
| 1.5 | Sự năng động trong công tác CCHC | 2 | 2 | 2 | Ban hành các loại văn bản triển khai thực hiện gắn kết quả thực hiện CCHC với công tác thi đua, khen thưởng | CC Văn phòng - Thống kê |
| 1.6 | Cải thiện và nâng cao Chỉ số CCHC | 2 | 2 | 2 | Ban hành Kế hoạch cải thiện và nâng cao Chỉ số CCHC năm 2024 Báo cáo Kết quả thực hiện Kế hoạch | CC Văn phòng - Thống kê |

| | | | | | | |
|-----------|--|-------------|---------------|-------------|--|----------------------|
| | | | | | cải thiện và nâng cao Chỉ số CCHC năm 2024 | |
| 1.7 | Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC | 2 | 1 | 2 | Triển khai thực hiện Quyết định số 672/QĐ-UBND ngày 29/5/2023 của UBND tỉnh Đắk Nông ban hành Quy định về việc xét sáng kiến trên địa bàn tỉnh Đắk Nông | Toàn thể CBCC xã |
| 2. | CẢI CÁCH THỂ CHẾ | 11 | 8,5 | 11 | | |
| 2.1 | Ban hành văn bản quy phạm pháp luật (QPPL) trong năm | 3 | 2,5 | 3 | Việc xây dựng và ban hành các văn bản QPPL phải đảm bảo tính hợp hiến, tính hợp pháp và tính thống nhất của văn bản quy phạm pháp luật trong hệ thống pháp luật. | CC Tư pháp - Hộ tịch |
| 2.2 | Theo dõi thi hành pháp luật (TDTHPL) | 2 | 2 | 2 | Xây dựng và ban hành, triển khai thực hiện kế hoạch TDTHPL trên địa bàn xã. Thực hiện công tác, chế độ báo cáo công tác TDTHPL theo quy định | CC Tư pháp - Hộ tịch |
| 2.3 | Rà soát văn bản QPPL | 3,5 | 3,5 | 3,5 | Xây dựng, ban hành Kế hoạch kiểm tra, rà soát văn bản QPPL năm 2024. Tổ chức thực hiện việc rà soát văn bản QPPL trong lĩnh vực quản lý nhà nước năm 2024. Thực hiện công tác báo cáo về rà soát văn bản QPPL theo quy định. Tổ chức thực hiện hệ thống hóa các văn bản QPPL | CC Tư pháp - Hộ tịch |
| 3. | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | 19,5 | 11,497 | 19,5 | | |
| 3.1 | Kiểm soát quy định của thủ tục hành | 2 | 1 | 2 | Xây dựng, ban hành Kế hoạch kiểm | CC Văn phòng - |

| | | | | | | |
|-----|---|-----|-------|-----|---|----------------------------|
| | chính (TTHC) | | | | soát TTHC năm 2024 Thực hiện chế độ Báo cáo công tác kiểm soát TTHC định kỳ | Thống kê |
| 3.2 | Rà soát, đơn giản hóa thủ tục hành chính | 1 | 1 | 1 | Ban hành Kế hoạch rà soát, đơn giản hóa TTHC Thực hiện Báo cáo kết quả thực hiện rà soát, đơn giản hóa TTHC | CC Văn phòng - Thống kê |
| 3.3 | Công khai TTHC | 1,5 | 1,5 | 1,5 | Đảm bảo 100% TTHC được niêm yết, công khai kịp thời, đầy đủ, đúng quy định tại Bộ phận Tiếp nhận và Trả kết quả cấp xã Công khai TTHC; mức phí, lệ phí (nếu có) trên Trang thông tin điện tử của đơn vị | Bộ phận một cửa |
| 3.4 | Thực hiện cơ chế một cửa, cơ chế một cửa liên thông | 8 | 7,997 | 8 | 100% TTHC cấp huyện, cấp xã thực hiện đúng quy trình Thực hiện đúng quy trình giải quyết TTHC trên phần mềm Một cửa điện tử | Bộ phận một cửa |
| 3.5 | Công tác tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức thuộc thẩm quyền giải quyết | 1 | 0 | 1 | Công khai địa chỉ tiếp nhận PAKN, số điện thoại đường dây nóng | CC Văn phòng - Thống kê |
| 3.6 | Thực hiện việc xin lỗi bằng văn bản khi giải quyết TTHC sai sót, trễ hạn | 2 | 0 | 2 | 100% các TTHC trễ hạn phải thực hiện xin lỗi bằng văn bản | Bộ phận một cửa |
| 3.7 | Triển khai Kế hoạch số hóa kết quả giải quyết TTHC của UBND tỉnh, UBND huyện | 3 | 0 | 3 | Xây dựng, Ban hành Kế hoạch số hóa kết quả giải quyết thủ tục hành chính theo quy định. Thực hiện báo cáo định kỳ kết quả số hóa tại UBND xã | Các bộ phận chuyên môn |
| 3.8 | Đánh giá chất lượng giải quyết TTHC | 1 | 0 | 1 | Xây dựng kế hoạch khảo sát sự hài lòng của người dân trong việc thực | CC Văn phòng - Thống kê |

| | | | | | | |
|-----------|---|------------|------------|------------|---|---|
| | | | | | hiện thủ tục hành chính trên địa bàn xã | |
| 4. | CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC | 8 | 8 | 8 | | |
| 4.1 | Ban hành Quy chế làm việc của UBND cấp xã | 1 | 1 | 1 | Thực hiện việc điều chỉnh quy chế làm việc đảm bảo thực hiện theo các quy định hiện hành. | CC Văn phòng - Thống kê |
| 4.2 | Ban hành Quyết định phân công nhiệm vụ cho thành viên UBND cấp xã | 1 | 1 | 1 | Điều chỉnh, thay thế Quyết định phân công nhiệm vụ cho phù hợp với tình hình thực tế | CC Văn phòng - Thống kê |
| 4.3 | Thực hiện phân cấp quản lý | 1 | 1 | 1 | - Tiếp tục triển khai thực hiện các quy định về phân cấp quản lý trong cơ quan hành chính nhà nước | Lãnh đạo UBND xã |
| 4.4 | UBND cấp xã tổ chức hội nghị trao đổi, đối thoại với Nhân dân trên địa bàn | 3 | 3 | 3 | - Xây dựng và ban hành kế hoạch đối thoại với người dân năm 2024 Tổ chức đối thoại và báo cáo kết quả đối thoại theo quy định | CC Văn phòng - Thống kê |
| 4.5 | Tổ chức Hội nghị cán bộ, công chức của đơn vị theo đúng quy định tại Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ và Thông tư số 01/2016/TT-BNV ngày 13/01/2016 của Bộ Nội vụ hướng dẫn thi hành Nghị định số 04/2015/NĐ-CP của Chính phủ | 2 | 2 | 2 | - Xây dựng kế hoạch tổ chức hội nghị cán bộ công chức năm 2023 theo hướng dẫn của Liên đoàn lao động huyện | CC Văn phòng - Thống kê phối hợp với Ban chấp hành công đoàn xã |
| 5. | CẢI CÁCH CHẾ ĐỘ CÔNG VỤ | 8,5 | 8,5 | 8,5 | | |
| 5.1 | Công tác đào tạo, bồi dưỡng cán bộ, công chức (CBCC) | 1,5 | 1,5 | 1,5 | -Xây dựng kế hoạch đào tạo cán bộ, công chức năm 2024. -Thực hiện cử cán bộ tham gia đào tạo bồi dưỡng theo các văn bản triêu tập của cơ quan cấp trên | CC Văn phòng - Thống kê Lãnh đạo UBND xã |

| | | | | | | |
|-----------|--|-----------|---------------|-----------|--|-------------------------------|
| 5.2 | Đổi mới công tác quản lý cán bộ, công chức | 4 | 4 | 4 | -Tổ chức đánh giá cán bộ công chức theo quy định tại Nghị định số 90/2020/NĐ-CP -Tăng cường việc nâng cao tinh thần, trách nhiệm kỷ luật, kỷ cương thực thi nhiệm vụ, công vụ của đội ngũ cán bộ, công chức, viên chức trên địa bàn xã | Lãnh đạo UBND xã |
| 5.3 | Nâng cao chất lượng đội ngũ cán bộ chuyên trách cấp xã | 3 | 3 | 3 | -Xây dựng kế hoạch đào tạo cán bộ, công chức năm 2024 đảm bảo 100% CBCC chuẩn hóa về trình độ chuyên môn. | CC Văn phòng - Thống kê |
| 6. | CẢI CÁCH TÀI CHÍNH CÔNG | 8 | 6,5 | 8 | | |
| 6.1 | Tổ chức thực hiện công tác tài chính - ngân sách | 5,5 | 5 | 5,5 | - Thực hiện chế độ tự chủ, tự chịu trách nhiệm về sử dụng kinh phí từ nguồn ngân sách nhà nước (NSNN). - Tổ chức thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách. - Chấp hành lập dự toán và báo cáo quyết toán theo đúng quy định. - Báo cáo kết quả thực hiện cơ chế tự chủ, tự chịu trách nhiệm về tài chính | Công chức Tài chính - kế toán |
| 6.2 | Công tác quản lý, sử dụng tài sản công | 1,5 | 1,5 | 1,5 | - Ban hành Quy chế quản lý, sử dụng tài sản công của các đơn vị thuộc phạm vi quản lý. - Báo cáo tình hình quản lý, sử dụng tài sản công | Công chức Tài chính - kế toán |
| 6.3 | Quản lý, sử dụng vốn đầu tư công | 1 | 0 | 1 | | |
| 7. | XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, | 16 | 12,455 | 16 | | |

| CHÍNH QUYỀN SỐ | | | | | | |
|-----------------------|--|-----------|----------|-----------|--|--|
| 7.1 | Chuyển đổi số/phát triển Chính quyền số của cơ quan, đơn vị | 8 | 7,455 | 8 | - Xây dựng, ban hành kế hoạch chuyển đổi số năm 2024 trên địa bàn xã. - Tổ chức triển khai thực hiện các nhiệm vụ,, mục tiêu kế hoạch đề ra | CC Văn phòng - Thông kê Toàn thể cán bộ công chức xã |
| 7.2 | Dịch vụ công trực tuyến toàn trình | 4 | 4 | 4 | - Tổ chức thực hiện việc hướng dẫn người dân thực hiện việc nộp hồ sơ dịch vụ công trực tuyến | Bộ phận một cửa |
| 7.3 | Tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến | 3 | 0 | 3 | - Hướng dẫn người dân và doanh nghiệp triển khai thanh toán trực tuyến | CC Kế toán - Tài chính Các tổ chức đoàn thể |
| 7.4 | Ban hành Quyết định thành lập Ban Chỉ đạo chuyển đổi số của địa phương/Tổ công nghệ số cộng đồng cấp xã | 1 | 1 | 1 | - Kiện toàn Ban chỉ đạo, Tổ công nghệ số cộng đồng đảm bảo hoạt động trong công tác chuyển đổi số | CC Văn phòng - Thông kê |
| 8. | TÁC ĐỘNG CỦA CCHC ĐẾN SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI CỦA ĐỊA PHƯƠNG | 13 | 9 | 13 | | |
| 8.1 | Kết quả Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) | 10 | 9 | 10 | - Tổ chức triển khai thực hiện kế hoạch khảo sát sự hài lòng của người dân | CC Văn phòng - Thông kê |
| 8.2 | Thực hiện thu ngân sách hàng năm của UBND cấp xã theo dự toán được giao | 1 | 0 | 1 | - Xây dựng dự toán thu chi ngân sách nhà nước năm 2024 trên địa bàn xã | CC Tài chính - Kế toán |
| 8.3 | Tỷ lệ đóng góp vào thu ngân sách của các hợp tác xã, hộ kinh doanh, trang trại, tổ hợp tác | 1 | 0 | 1 | Báo cáo kết quả thu chi ngân sách trên địa bàn xã năm 2024 | CC Tài chính - Kế toán |
| 8.4 | Mức độ thực hiện các chỉ tiêu phát | 1 | 0 | 1 | Báo cáo đánh giá tình hình triển khai | CC Văn phòng - |

| | | | | | | |
|--|--|------------|---------------|------------|--|----------|
| | triển kinh tế - xã hội do UBND cấp huyện và HĐND cấp xã giao | | | | thực hiện kế hoạch phát triển kinh tế đảm bảo các chỉ tiêu được giao | Thông kê |
| | Tổng | 100 | 79,452 | 100 | | |
`;
