package org.causo.library.demo;

import java.util.List;

import org.causo.library.QuestionDraft;
import org.causo.library.QuizTopic;

import static org.causo.library.demo.QuizDemo.multiple;
import static org.causo.library.demo.QuizDemo.single;

/**
 * The demo's question bank, written for this demo from the public advice of the Ministry
 * of Public Security and the State Bank on VNeID, scams and QR payment.
 */
final class QuizDemoQuestions {

	static final List<QuestionDraft> VIETNAMESE = List.of(
			single(QuizTopic.VNEID, "Tài khoản định danh điện tử VNeID mức 2 được kích hoạt ở đâu?", 2,
					"Tự kích hoạt trên mạng, không cần giấy tờ",
					"Tại công an xã, phường hoặc nơi làm thủ tục cấp căn cước", "Tại ngân hàng bất kỳ",
					"Qua tin nhắn của người lạ"),
			single(QuizTopic.VNEID, "Người lạ gọi điện xin mã OTP để \"kích hoạt VNeID giúp\". Cần làm gì?", 3,
					"Đọc mã OTP cho họ", "Gửi ảnh căn cước cho họ", "Không đưa mã, báo công an xã hoặc đồn biên phòng",
					"Cài ứng dụng họ gửi"),
			multiple(QuizTopic.VNEID, "VNeID mức 2 dùng được để làm gì?", List.of(1, 2, 4),
					"Thay căn cước khi làm thủ tục", "Nộp hồ sơ dịch vụ công", "Rút tiền mặt tại cây ATM",
					"Xuất trình giấy phép lái xe đã tích hợp"),
			single(QuizTopic.SCAM_CALLS,
					"Có người xưng là công an gọi video, bảo chuyển tiền vào \"tài khoản tạm giữ\" để điều tra. Đó là:",
					1, "Lừa đảo: công an không bao giờ yêu cầu chuyển tiền qua điện thoại", "Thủ tục bình thường",
					"Phải chuyển ngay để khỏi bị bắt"),
			single(QuizTopic.SCAM_CALLS, "Tin nhắn báo trúng thưởng, bảo nộp phí để nhận quà. Nên:", 2,
					"Nộp phí cho nhanh", "Không nộp, không bấm đường dẫn, xóa tin nhắn",
					"Gửi số tài khoản để nhận quà"),
			multiple(QuizTopic.SCAM_CALLS, "Dấu hiệu nào cho thấy một cuộc gọi là lừa đảo?", List.of(1, 2, 3),
					"Giục chuyển tiền gấp", "Xin mã OTP hoặc mật khẩu", "Dọa bắt, dọa phạt nếu không làm theo",
					"Gọi từ số của người nhà đã lưu và hỏi thăm sức khỏe"),
			single(QuizTopic.PASSWORDS, "Mật khẩu nào an toàn nhất?", 3, "123456", "Ngày sinh của mình",
					"Một câu dài dễ nhớ với mình, khó đoán với người khác", "Tên con"),
			multiple(QuizTopic.PASSWORDS, "Giữ tài khoản an toàn thế nào?", List.of(1, 3), "Bật xác thực hai bước",
					"Dùng một mật khẩu cho mọi tài khoản", "Không cho ai biết mật khẩu và mã OTP",
					"Ghi mật khẩu lên ốp lưng điện thoại"),
			single(QuizTopic.QR_PAYMENT, "Trước khi xác nhận chuyển tiền bằng mã QR, cần xem gì?", 2,
					"Không cần xem gì", "Tên người nhận và số tiền hiện trên ứng dụng ngân hàng", "Màu của mã QR"),
			single(QuizTopic.QR_PAYMENT, "Mã QR dán đè lên mã QR của cửa hàng là dấu hiệu gì?", 1,
					"Có thể bị đánh tráo để lừa tiền: hỏi lại chủ cửa hàng", "Cửa hàng đổi tài khoản, cứ trả",
					"Mã mới thì tốt hơn"),
			single(QuizTopic.PUBLIC_SERVICES, "Cổng Dịch vụ công quốc gia có địa chỉ nào?", 1, "dichvucong.gov.vn",
					"dichvucong-gov.vn.com", "dvc-nhanh.net"),
			multiple(QuizTopic.PUBLIC_SERVICES, "Có thể làm gì trên Cổng Dịch vụ công?", List.of(1, 2, 3),
					"Nộp hồ sơ đăng ký khai sinh", "Tra cứu tình trạng hồ sơ", "Thanh toán phí, lệ phí trực tuyến",
					"Mua thẻ cào điện thoại giá rẻ"));

	private QuizDemoQuestions() {
	}

}
