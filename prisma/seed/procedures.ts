// The demo catalogue: procedures a province's portal publishes, with national codes where known and
// amounts in VND. Codes and amounts are demo values to verify against the National Database of
// Administrative Procedures before a real launch.
import type { Question } from '../../app/domain/catalogue/questionnaire.ts'

type Agency = 'COMMUNE' | 'STP' | 'SXD' | 'SNNMT' | 'STC' | 'SNV' | 'SGDDT' | 'SYT' | 'SCT' | 'SVHTTDL' | 'CAT'
type Online = 'F' | 'P' | 'N'
/** [kind: 'L' lệ phí (charge) | 'P' phí (fee), name, amount in VND] */
type FeeSeed = ['L' | 'P', string, number]

export interface ProcedureSeed {
  code: string
  name: string
  field: string
  agency: Agency
  online: Online
  days: number
  fees: FeeSeed[]
  calendarDays?: boolean
  documents?: string[]
  /** The procedure's own questions for the filing wizard (default: what is requested). */
  questions?: Question[]
  /** Code of a downloadable form for the first document. */
  form?: string
  paymentBeforeResult?: boolean
  conditions?: string
  /** Exemptions and reductions of the fees: [who, the proof they attach, % waived]. */
  feeCases?: [string, string, number][]
}

const p = (code: string, name: string, field: string, agency: Agency, online: Online, days: number, fees: FeeSeed[] = [], extra: Partial<ProcedureSeed> = {}): ProcedureSeed => ({
  code,
  name,
  field,
  agency,
  online,
  days,
  fees,
  ...extra,
})

export const PROCEDURES: ProcedureSeed[] = [
  // Hộ tịch (commune)
  p('1.001193', 'Đăng ký khai sinh', 'HO_TICH', 'COMMUNE', 'F', 1, [], {
    form: 'Mẫu TK-KS',
    documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh'],
    questions: [
      { id: 'childName', label: 'Họ, chữ đệm và tên của trẻ', kind: 'text', required: true },
      { id: 'birthDate', label: 'Ngày, tháng, năm sinh', kind: 'date', required: true, notAfter: 'today' },
      {
        id: 'sex',
        label: 'Giới tính',
        kind: 'select',
        required: true,
        options: [
          { value: 'NU', label: 'Nữ' },
          { value: 'NAM', label: 'Nam' },
        ],
      },
      { id: 'birthPlace', label: 'Nơi sinh', hint: 'Tên cơ sở y tế hoặc địa chỉ nơi trẻ được sinh ra', kind: 'text', required: true },
      { id: 'motherName', label: 'Họ, chữ đệm và tên người mẹ', kind: 'text', required: true },
      { id: 'fatherName', label: 'Họ, chữ đệm và tên người cha', kind: 'text', required: false },
      {
        id: 'relation',
        label: 'Quan hệ của người đi đăng ký với trẻ',
        kind: 'select',
        required: true,
        options: [
          { value: 'CHA', label: 'Cha' },
          { value: 'ME', label: 'Mẹ' },
          { value: 'ONG_BA', label: 'Ông, bà' },
          { value: 'KHAC', label: 'Người thân khác' },
        ],
      },
    ],
  }),
  p('1.000894', 'Đăng ký kết hôn', 'HO_TICH', 'COMMUNE', 'P', 1, [], {
    form: 'Mẫu TK-KH',
    documents: ['Tờ khai đăng ký kết hôn', 'Giấy xác nhận tình trạng hôn nhân (nếu đăng ký tại nơi không thường trú)'],
    conditions: 'Hai bên nam, nữ phải có mặt khi đăng ký kết hôn; nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi.',
  }),
  p('1.000656', 'Đăng ký khai tử', 'HO_TICH', 'COMMUNE', 'F', 1, [], { form: 'Mẫu TK-KT', documents: ['Tờ khai đăng ký khai tử', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử'] }),
  p('1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'HO_TICH', 'COMMUNE', 'F', 3, [['L', 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 3_000]], {
    form: 'Mẫu TK-XNHN',
    documents: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ/chồng (nếu có)'],
  }),
  p('2.000635', 'Cấp bản sao trích lục hộ tịch', 'HO_TICH', 'COMMUNE', 'F', 1, [['P', 'Phí cấp bản sao trích lục (mỗi bản)', 8_000]], {
    form: 'Mẫu TK-TLHT',
    documents: ['Tờ khai cấp bản sao trích lục hộ tịch'],
  }),
  p('1.004884', 'Đăng ký lại khai sinh', 'HO_TICH', 'COMMUNE', 'P', 5, [], { documents: ['Tờ khai đăng ký lại khai sinh', 'Bản sao giấy tờ chứng minh nội dung khai sinh'] }),
  p('1.004746', 'Đăng ký nhận cha, mẹ, con', 'HO_TICH', 'COMMUNE', 'P', 3, [], {
    documents: ['Tờ khai đăng ký nhận cha, mẹ, con', 'Văn bản giám định ADN hoặc chứng cứ chứng minh quan hệ cha, mẹ, con'],
  }),
  p('1.004859', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'HO_TICH', 'COMMUNE', 'F', 3, [['L', 'Lệ phí thay đổi, cải chính hộ tịch', 15_000]], {
    documents: ['Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Giấy tờ liên quan làm căn cứ cải chính'],
  }),
  p('1.000689', 'Đăng ký giám hộ', 'HO_TICH', 'COMMUNE', 'P', 3, [], { documents: ['Tờ khai đăng ký giám hộ', 'Văn bản cử người giám hộ'] }),
  p('1.001022', 'Đăng ký khai sinh có yếu tố nước ngoài', 'HO_TICH', 'COMMUNE', 'P', 3, [['L', 'Lệ phí đăng ký khai sinh có yếu tố nước ngoài', 75_000]]),
  p('1.000593', 'Đăng ký kết hôn có yếu tố nước ngoài', 'HO_TICH', 'COMMUNE', 'P', 10, [['L', 'Lệ phí đăng ký kết hôn có yếu tố nước ngoài', 1_500_000]], {
    conditions: 'Hai bên nam, nữ phải có mặt tại cơ quan đăng ký.',
  }),
  p('2.000547', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'HO_TICH', 'COMMUNE', 'P', 3),
  p('1.003583', 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 'HO_TICH', 'COMMUNE', 'F', 3, [], {
    documents: ['Tờ khai đăng ký khai sinh', 'Tờ khai thay đổi thông tin cư trú', 'Tờ khai tham gia bảo hiểm y tế', 'Giấy chứng sinh'],
  }),
  p('1.003588', 'Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất', 'HO_TICH', 'COMMUNE', 'F', 5),
  // Cư trú (commune police under the province police)
  p('1.004194', 'Đăng ký thường trú', 'CU_TRU', 'CAT', 'F', 7, [['L', 'Lệ phí đăng ký cư trú (nộp trực tuyến)', 10_000]]),
  p('1.004222', 'Đăng ký tạm trú', 'CU_TRU', 'CAT', 'F', 3, [['L', 'Lệ phí đăng ký tạm trú (nộp trực tuyến)', 7_000]]),
  p('1.010046', 'Xóa đăng ký thường trú', 'CU_TRU', 'CAT', 'F', 1),
  p('1.010047', 'Xóa đăng ký tạm trú', 'CU_TRU', 'CAT', 'F', 1),
  p('1.004228', 'Khai báo tạm vắng', 'CU_TRU', 'CAT', 'F', 1),
  p('1.010049', 'Thông báo lưu trú', 'CU_TRU', 'CAT', 'F', 0.5),
  p('1.010050', 'Gia hạn tạm trú', 'CU_TRU', 'CAT', 'F', 3, [['L', 'Lệ phí gia hạn tạm trú (nộp trực tuyến)', 7_000]]),
  p('1.004200', 'Xác nhận thông tin về cư trú', 'CU_TRU', 'CAT', 'F', 0.5),
  p('1.010051', 'Tách hộ', 'CU_TRU', 'CAT', 'F', 3, [['L', 'Lệ phí tách hộ (nộp trực tuyến)', 5_000]]),
  p('1.004206', 'Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', 'CU_TRU', 'CAT', 'F', 3),
  p('1.001252', 'Cấp đổi giấy phép lái xe', 'DUONG_BO', 'CAT', 'F', 5, [['L', 'Lệ phí cấp đổi giấy phép lái xe', 135_000]]),
  p('1.001253', 'Cấp lại giấy phép lái xe', 'DUONG_BO', 'CAT', 'P', 5, [['L', 'Lệ phí cấp lại giấy phép lái xe', 135_000]]),
  // Lý lịch tư pháp (Department of Justice)
  p('2.000488', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'LLTP', 'STP', 'F', 10, [['P', 'Phí cung cấp thông tin lý lịch tư pháp', 200_000]], {
    form: 'Mẫu 03/2013/TT-LLTP',
    conditions: 'Sinh viên, người có công, thân nhân liệt sĩ được giảm 50%; trẻ em, người cao tuổi, người khuyết tật, hộ nghèo được miễn phí.',
    // Thông tư 244/2016/TT-BTC, Điều 5 (to verify against the procedure's current record).
    feeCases: [
      ['Sinh viên', 'Thẻ sinh viên hoặc giấy xác nhận của nhà trường', 50],
      ['Người có công với cách mạng', 'Giấy chứng nhận người có công với cách mạng', 50],
      ['Thân nhân liệt sĩ (cha đẻ, mẹ đẻ, vợ, chồng, con)', 'Giấy chứng nhận gia đình liệt sĩ', 50],
      ['Trẻ em', 'Giấy khai sinh', 100],
      ['Người cao tuổi', 'Căn cước công dân (đủ 60 tuổi trở lên)', 100],
      ['Người khuyết tật', 'Giấy xác nhận khuyết tật', 100],
      ['Người thuộc hộ nghèo', 'Giấy chứng nhận hộ nghèo', 100],
    ],
  }),
  p('2.000505', 'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị – xã hội', 'LLTP', 'STP', 'P', 10),
  p('2.000522', 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'LLTP', 'STP', 'N', 10),
  p('1.001009', 'Thay đổi, bổ sung nội dung giấy đăng ký hoạt động của văn phòng công chứng', 'LLTP', 'STP', 'P', 10, [['P', 'Phí thẩm định', 500_000]]),
  // Chứng thực (commune)
  p('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp', 'CHUNG_THUC', 'COMMUNE', 'P', 1, [['P', 'Phí chứng thực bản sao (mỗi trang)', 2_000]]),
  p('2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'CHUNG_THUC', 'COMMUNE', 'P', 1, [['P', 'Phí chứng thực chữ ký', 10_000]]),
  p('2.001035', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 'CHUNG_THUC', 'COMMUNE', 'P', 2, [['P', 'Phí chứng thực hợp đồng, giao dịch', 50_000]]),
  p('2.000913', 'Chứng thực di chúc', 'CHUNG_THUC', 'COMMUNE', 'N', 2, [['P', 'Phí chứng thực di chúc', 50_000]]),
  p('2.000927', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'CHUNG_THUC', 'COMMUNE', 'P', 2, [['P', 'Phí chứng thực', 30_000]]),
  p('2.002163', 'Chứng thực bản sao điện tử từ bản chính', 'CHUNG_THUC', 'COMMUNE', 'F', 1, [['P', 'Phí chứng thực bản sao điện tử (mỗi trang)', 2_000]]),
  // Đất đai
  p(
    '1.012790',
    'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu',
    'DAT_DAI',
    'COMMUNE',
    'P',
    20,
    [
      ['L', 'Lệ phí cấp Giấy chứng nhận', 100_000],
      ['P', 'Phí thẩm định hồ sơ', 500_000],
    ],
    { form: 'Mẫu số 04/ĐK', paymentBeforeResult: true },
  ),
  p(
    '1.012791',
    'Đăng ký biến động do chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất',
    'DAT_DAI',
    'SNNMT',
    'P',
    10,
    [
      ['L', 'Lệ phí đăng ký biến động', 50_000],
      ['P', 'Phí thẩm định hồ sơ', 300_000],
    ],
    { form: 'Mẫu số 11/ĐK', paymentBeforeResult: true },
  ),
  p('1.012792', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'DAT_DAI', 'SNNMT', 'P', 7, [['L', 'Lệ phí cấp đổi', 50_000]], { paymentBeforeResult: true }),
  p('1.012793', 'Đính chính Giấy chứng nhận đã cấp', 'DAT_DAI', 'SNNMT', 'P', 10),
  p('1.012794', 'Cung cấp thông tin, dữ liệu đất đai', 'DAT_DAI', 'SNNMT', 'F', 3, [['P', 'Phí khai thác thông tin đất đai', 30_000]]),
  p('1.012795', 'Đăng ký, xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'DAT_DAI', 'SNNMT', 'F', 1, [['L', 'Lệ phí đăng ký thế chấp', 80_000]]),
  p('1.012796', 'Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân', 'DAT_DAI', 'COMMUNE', 'P', 15),
  p('1.012797', 'Tách thửa hoặc hợp thửa đất', 'DAT_DAI', 'SNNMT', 'P', 15, [['P', 'Phí thẩm định hồ sơ', 200_000]], { paymentBeforeResult: true }),
  p('1.012798', 'Hòa giải tranh chấp đất đai tại cấp xã', 'DAT_DAI', 'COMMUNE', 'N', 30, [], { calendarDays: true }),
  // Xây dựng
  p('1.009994', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'XAY_DUNG', 'COMMUNE', 'F', 15, [['L', 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 75_000]], {
    form: 'Mẫu số 01 – Đơn đề nghị cấp GPXD',
    documents: ['Đơn đề nghị cấp giấy phép xây dựng', 'Bản sao giấy tờ chứng minh quyền sử dụng đất', 'Bản vẽ thiết kế mặt bằng, mặt cắt, mặt đứng công trình'],
    questions: [
      { id: 'siteAddress', label: 'Địa điểm xây dựng', kind: 'text', required: true },
      { id: 'parcel', label: 'Số thửa đất, số tờ bản đồ', kind: 'text', required: true },
      { id: 'floorArea', label: 'Tổng diện tích sàn (m²)', kind: 'text', required: true },
      { id: 'floors', label: 'Số tầng', kind: 'text', required: true },
    ],
  }),
  p('1.009995', 'Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng lẻ', 'XAY_DUNG', 'COMMUNE', 'F', 15, [['L', 'Lệ phí cấp giấy phép xây dựng', 75_000]]),
  p('1.009996', 'Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ', 'XAY_DUNG', 'COMMUNE', 'F', 5, [['L', 'Lệ phí gia hạn giấy phép xây dựng', 15_000]]),
  p('1.009997', 'Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ', 'XAY_DUNG', 'COMMUNE', 'F', 5, [['L', 'Lệ phí cấp lại giấy phép xây dựng', 15_000]]),
  p('1.009998', 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV', 'XAY_DUNG', 'SXD', 'P', 20, [['L', 'Lệ phí cấp giấy phép xây dựng công trình', 150_000]]),
  p('1.009999', 'Cấp giấy phép di dời công trình', 'XAY_DUNG', 'SXD', 'P', 20, [['L', 'Lệ phí cấp giấy phép', 150_000]]),
  p('1.010000', 'Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng', 'XAY_DUNG', 'SXD', 'P', 30, [['P', 'Phí thẩm định (theo tổng mức đầu tư)', 0]], { paymentBeforeResult: true }),
  p('1.010001', 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 'XAY_DUNG', 'SXD', 'F', 20, [['L', 'Lệ phí cấp chứng chỉ hành nghề', 150_000]]),
  // Đường bộ (Department of Construction)
  p('1.002859', 'Cấp phù hiệu xe ô tô kinh doanh vận tải', 'DUONG_BO', 'SXD', 'F', 2),
  p('1.002861', 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô', 'DUONG_BO', 'SXD', 'F', 5, [['L', 'Lệ phí cấp giấy phép kinh doanh vận tải', 200_000]]),
  p('1.002863', 'Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ', 'DUONG_BO', 'SXD', 'F', 2),
  p('1.002865', 'Đăng ký khai thác tuyến vận tải hành khách cố định bằng xe ô tô', 'DUONG_BO', 'SXD', 'F', 3),
  // Hộ kinh doanh (commune)
  p('2.000720', 'Đăng ký thành lập hộ kinh doanh', 'HO_KINH_DOANH', 'COMMUNE', 'F', 3, [['L', 'Lệ phí đăng ký hộ kinh doanh', 100_000]], {
    form: 'Phụ lục III-1',
    documents: ['Giấy đề nghị đăng ký hộ kinh doanh', 'Bản sao biên bản họp thành viên hộ gia đình (nếu có)', 'Bản sao hợp đồng thuê địa điểm kinh doanh (nếu có)'],
  }),
  p('2.000575', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'HO_KINH_DOANH', 'COMMUNE', 'F', 3, [['L', 'Lệ phí đăng ký thay đổi', 50_000]]),
  p('2.000583', 'Tạm ngừng hoạt động, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', 'HO_KINH_DOANH', 'COMMUNE', 'F', 3),
  p('2.000588', 'Chấm dứt hoạt động hộ kinh doanh', 'HO_KINH_DOANH', 'COMMUNE', 'F', 3),
  p('2.000593', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'HO_KINH_DOANH', 'COMMUNE', 'F', 3),
  // Doanh nghiệp (Department of Finance)
  p('2.001610', 'Đăng ký thành lập doanh nghiệp tư nhân', 'DOANH_NGHIEP', 'STC', 'F', 3, [['P', 'Phí công bố nội dung đăng ký doanh nghiệp', 100_000]]),
  p('2.001199', 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'DOANH_NGHIEP', 'STC', 'F', 3, [['P', 'Phí công bố nội dung đăng ký doanh nghiệp', 100_000]]),
  p('2.001217', 'Đăng ký thành lập công ty cổ phần', 'DOANH_NGHIEP', 'STC', 'F', 3, [['P', 'Phí công bố nội dung đăng ký doanh nghiệp', 100_000]]),
  p('2.002037', 'Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp', 'DOANH_NGHIEP', 'STC', 'F', 3, [['L', 'Lệ phí đăng ký thay đổi', 50_000]]),
  p('2.001980', 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn', 'DOANH_NGHIEP', 'STC', 'F', 3),
  p('2.001931', 'Giải thể doanh nghiệp', 'DOANH_NGHIEP', 'STC', 'F', 5),
  // Lao động (Department of Home Affairs)
  p('1.000105', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'LAO_DONG', 'SNV', 'F', 10, [['L', 'Lệ phí cấp giấy phép lao động', 600_000]]),
  p('1.001978', 'Giải quyết hưởng trợ cấp thất nghiệp', 'LAO_DONG', 'SNV', 'P', 20),
  p('1.009462', 'Đăng ký nội quy lao động', 'LAO_DONG', 'SNV', 'F', 7),
  p('1.000459', 'Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp', 'LAO_DONG', 'SNV', 'P', 7, [['L', 'Lệ phí cấp giấy phép', 1_500_000]]),
  // Bảo trợ xã hội, người có công (commune)
  p('1.001776', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng', 'BAO_TRO_XH', 'COMMUNE', 'P', 15, [], {
    form: 'Mẫu số 1a – Tờ khai đề nghị trợ giúp xã hội',
  }),
  p('1.001699', 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'BAO_TRO_XH', 'COMMUNE', 'P', 30, [], { calendarDays: true }),
  p('1.001731', 'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở', 'BAO_TRO_XH', 'COMMUNE', 'N', 10),
  p('1.001758', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'BAO_TRO_XH', 'COMMUNE', 'P', 5),
  p('1.003608', 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 'BAO_TRO_XH', 'COMMUNE', 'P', 7),
  p('1.010801', 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 'NGUOI_CO_CONG', 'COMMUNE', 'P', 12),
  p('1.010803', 'Cấp giấy xác nhận thân nhân của người có công', 'NGUOI_CO_CONG', 'COMMUNE', 'P', 5),
  // Giáo dục (Department of Education)
  p('1.005092', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'GIAO_DUC', 'SGDDT', 'F', 1),
  p('1.005095', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 'GIAO_DUC', 'SGDDT', 'F', 5),
  p('1.005098', 'Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp', 'GIAO_DUC', 'SGDDT', 'F', 20),
  p('3.000182', 'Chuyển trường đối với học sinh trung học phổ thông', 'GIAO_DUC', 'SGDDT', 'F', 3),
  p('1.004438', 'Cho phép trường trung học phổ thông hoạt động giáo dục', 'GIAO_DUC', 'SGDDT', 'N', 20),
  // Y tế, an toàn thực phẩm
  p('1.012251', 'Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh', 'Y_TE', 'SYT', 'F', 20, [['P', 'Phí thẩm định cấp giấy phép hành nghề', 360_000]]),
  p('1.012258', 'Cấp mới giấy phép hoạt động đối với phòng khám chuyên khoa', 'Y_TE', 'SYT', 'P', 20, [['P', 'Phí thẩm định cấp giấy phép hoạt động', 4_300_000]], { paymentBeforeResult: true }),
  p('2.001823', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'AN_TOAN_TP', 'SYT', 'P', 20, [['P', 'Phí thẩm định cơ sở', 1_000_000]]),
  // Thương mại (Department of Industry and Trade)
  p('2.000620', 'Cấp Giấy phép bán lẻ rượu', 'THUONG_MAI', 'COMMUNE', 'F', 10, [['P', 'Phí thẩm định cấp giấy phép bán lẻ rượu', 1_100_000]]),
  p('2.000190', 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá', 'THUONG_MAI', 'SCT', 'F', 15, [['P', 'Phí thẩm định cấp giấy phép', 1_100_000]]),
  p('2.001283', 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 'THUONG_MAI', 'SCT', 'P', 15, [['P', 'Phí thẩm định', 1_200_000]]),
  // Văn hóa, du lịch
  p('1.009397', 'Tổ chức biểu diễn nghệ thuật trong khuôn khổ hợp tác quốc tế', 'VAN_HOA', 'SVHTTDL', 'F', 5),
  p('1.001029', 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 'VAN_HOA', 'COMMUNE', 'F', 5, [['P', 'Phí thẩm định cấp giấy phép', 4_000_000]]),
  p('1.004594', 'Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao', 'VAN_HOA', 'SVHTTDL', 'P', 30, [['P', 'Phí thẩm định công nhận hạng', 1_500_000]]),
  // Môi trường, nông nghiệp
  p('1.010728', 'Đăng ký môi trường', 'MOI_TRUONG', 'COMMUNE', 'F', 5),
  p('1.010727', 'Cấp giấy phép môi trường (cấp tỉnh)', 'MOI_TRUONG', 'SNNMT', 'P', 30, [['P', 'Phí thẩm định cấp giấy phép môi trường', 6_000_000]], { paymentBeforeResult: true }),
  p('1.003612', 'Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', 'NONG_NGHIEP', 'SNNMT', 'F', 1, [['P', 'Phí kiểm dịch động vật', 45_000]]),
  p('1.008004', 'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh', 'NONG_NGHIEP', 'COMMUNE', 'N', 10),
  // Nuôi con nuôi
  p('1.003005', 'Đăng ký việc nuôi con nuôi trong nước', 'NUOI_CON_NUOI', 'COMMUNE', 'P', 20, [['L', 'Lệ phí đăng ký nuôi con nuôi', 400_000]], { form: 'Mẫu TP/CN-2014/CN.01' }),
]
