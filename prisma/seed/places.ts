// An Giang province as it stands after 1 July 2025 (merged with Kiên Giang; districts abolished), with the
// former districts kept for historical dossiers. Unit and agency codes follow the national patterns but are
// demo values (verify against Resolution 1654/NQ-UBTVQH15 and the province's electronic ID code list).

export const PROVINCE = { code: '89', name: 'Tỉnh An Giang' }

/** Districts before 1 July 2025: [national code, name]. */
export const FORMER_DISTRICTS: [string, string][] = [
  ['883', 'Thành phố Long Xuyên'],
  ['884', 'Thành phố Châu Đốc'],
  ['886', 'Huyện An Phú'],
  ['887', 'Thị xã Tân Châu'],
  ['888', 'Huyện Phú Tân'],
  ['889', 'Huyện Châu Phú'],
  ['890', 'Thị xã Tịnh Biên'],
  ['891', 'Huyện Tri Tôn'],
  ['892', 'Huyện Châu Thành (An Giang)'],
  ['893', 'Huyện Chợ Mới'],
  ['894', 'Huyện Thoại Sơn'],
  ['899', 'Thành phố Rạch Giá'],
  ['900', 'Thành phố Hà Tiên'],
  ['902', 'Huyện Kiên Lương'],
  ['903', 'Huyện Hòn Đất'],
  ['904', 'Huyện Tân Hiệp'],
  ['905', 'Huyện Châu Thành (Kiên Giang)'],
  ['906', 'Huyện Giồng Riềng'],
  ['907', 'Huyện Gò Quao'],
  ['908', 'Huyện An Biên'],
  ['909', 'Huyện An Minh'],
  ['910', 'Huyện Vĩnh Thuận'],
  ['911', 'Thành phố Phú Quốc'],
  ['912', 'Huyện Kiên Hải'],
  ['913', 'Huyện U Minh Thượng'],
  ['914', 'Huyện Giang Thành'],
]

/** Communes, wards and special zones from 1 July 2025, grouped by the district most of each came from. */
export const COMMUNES_BY_FORMER_DISTRICT: Record<string, string[]> = {
  '883': ['Phường Long Xuyên', 'Phường Bình Đức', 'Phường Mỹ Thới', 'Xã Mỹ Hòa Hưng'],
  '884': ['Phường Châu Đốc', 'Phường Vĩnh Tế'],
  '886': ['Xã An Phú', 'Xã Vĩnh Hậu', 'Xã Nhơn Hội', 'Xã Khánh Bình', 'Xã Phú Hữu'],
  '887': ['Phường Tân Châu', 'Phường Long Phú', 'Xã Tân An', 'Xã Châu Phong', 'Xã Vĩnh Xương'],
  '888': ['Xã Phú Tân', 'Xã Phú An', 'Xã Bình Thạnh Đông', 'Xã Chợ Vàm', 'Xã Hòa Lạc', 'Xã Phú Lâm'],
  '889': ['Xã Châu Phú', 'Xã Mỹ Đức', 'Xã Vĩnh Thạnh Trung', 'Xã Bình Mỹ', 'Xã Thạnh Mỹ Tây'],
  '890': ['Phường Tịnh Biên', 'Phường Thới Sơn', 'Phường Chi Lăng', 'Xã An Cư', 'Xã Núi Cấm'],
  '891': ['Xã Tri Tôn', 'Xã Ba Chúc', 'Xã Vĩnh Gia', 'Xã Ô Lâm', 'Xã Cô Tô'],
  '892': ['Xã Châu Thành', 'Xã An Châu', 'Xã Bình Hòa', 'Xã Cần Đăng', 'Xã Vĩnh Hanh', 'Xã Vĩnh An'],
  '893': ['Xã Chợ Mới', 'Xã Cù Lao Giêng', 'Xã Hội An', 'Xã Long Điền', 'Xã Nhơn Mỹ', 'Xã Long Kiến'],
  '894': ['Xã Thoại Sơn', 'Xã Óc Eo', 'Xã Định Mỹ', 'Xã Phú Hòa', 'Xã Vĩnh Trạch', 'Xã Tây Phú'],
  '899': ['Phường Rạch Giá', 'Phường Vĩnh Thông'],
  '900': ['Phường Hà Tiên', 'Phường Tô Châu', 'Xã Tiên Hải'],
  '902': ['Xã Kiên Lương', 'Xã Hòa Điền', 'Xã Sơn Hải'],
  '903': ['Xã Hòn Đất', 'Xã Sơn Kiên', 'Xã Mỹ Thuận', 'Xã Bình Sơn', 'Xã Bình Giang'],
  '904': ['Xã Tân Hiệp', 'Xã Thạnh Đông', 'Xã Tân Hội'],
  '905': ['Xã Bình An', 'Xã Thạnh Lộc'],
  '906': ['Xã Giồng Riềng', 'Xã Thạnh Hưng', 'Xã Long Thạnh', 'Xã Hòa Hưng', 'Xã Ngọc Chúc'],
  '907': ['Xã Gò Quao', 'Xã Vĩnh Hòa Hưng', 'Xã Định Hòa'],
  '908': ['Xã An Biên', 'Xã Tây Yên', 'Xã Đông Thái'],
  '909': ['Xã An Minh', 'Xã Vân Khánh', 'Xã Đông Hưng'],
  '910': ['Xã Vĩnh Thuận', 'Xã Vĩnh Phong', 'Xã Vĩnh Bình'],
  '911': ['Đặc khu Phú Quốc', 'Đặc khu Thổ Châu'],
  '912': ['Đặc khu Kiên Hải'],
  '913': ['Xã U Minh Thượng', 'Xã Vĩnh Hòa'],
  '914': ['Xã Giang Thành', 'Xã Vĩnh Điều'],
}

/** Province-level agencies after the 2025 reorganisation: [key, name, short name]. */
export const PROVINCE_AGENCIES: [string, string, string][] = [
  ['VP', 'Văn phòng Ủy ban nhân dân tỉnh An Giang', 'VP UBND tỉnh'],
  ['STP', 'Sở Tư pháp tỉnh An Giang', 'Sở Tư pháp'],
  ['SXD', 'Sở Xây dựng tỉnh An Giang', 'Sở Xây dựng'],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường tỉnh An Giang', 'Sở NN&MT'],
  ['STC', 'Sở Tài chính tỉnh An Giang', 'Sở Tài chính'],
  ['SNV', 'Sở Nội vụ tỉnh An Giang', 'Sở Nội vụ'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo tỉnh An Giang', 'Sở GD&ĐT'],
  ['SYT', 'Sở Y tế tỉnh An Giang', 'Sở Y tế'],
  ['SCT', 'Sở Công Thương tỉnh An Giang', 'Sở Công Thương'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang', 'Sở VHTTDL'],
  ['SKHCN', 'Sở Khoa học và Công nghệ tỉnh An Giang', 'Sở KH&CN'],
  ['CAT', 'Công an tỉnh An Giang', 'Công an tỉnh'],
]

export const PROVINCE_CENTRE = {
  name: 'Trung tâm Phục vụ hành chính công tỉnh An Giang',
  address: 'Số 80 đường Trần Phú, Phường Rạch Giá, tỉnh An Giang',
}

/** Electronic ID codes: 000.00.NN.H01 for departments, 000.NN.MM.H01 for commune people's committees. */
export function provinceAgencyCode(index: number) {
  return `000.00.${String(index + 1).padStart(2, '0')}.H01`
}
export function communeAgencyCode(districtIndex: number, communeIndex: number) {
  return `000.${String(districtIndex + 20).padStart(2, '0')}.${String(communeIndex + 1).padStart(2, '0')}.H01`
}

/** Coordinates (WGS 84) are the demo's approximations of each place, for the directory's map link. */
export const SUPPORT_POINTS = [
  {
    code: 'DHT-LX-01',
    name: 'Điểm hỗ trợ dịch vụ công – Bưu điện Long Xuyên',
    commune: 'Phường Long Xuyên',
    address: 'Số 11 Ngô Gia Tự, Phường Long Xuyên',
    phone: '02963841001',
    latitude: 10.386072,
    longitude: 105.438283,
  },
  {
    code: 'DHT-MT-01',
    name: 'Điểm hỗ trợ dịch vụ công – Nhà văn hóa khóm Đông Thịnh',
    commune: 'Phường Mỹ Thới',
    address: 'Khóm Đông Thịnh 6, Phường Mỹ Thới',
    phone: '02963932020',
    latitude: 10.33963,
    longitude: 105.48235,
  },
  {
    code: 'DHT-CD-01',
    name: 'Điểm hỗ trợ dịch vụ công – Bưu điện Châu Đốc',
    commune: 'Phường Châu Đốc',
    address: 'Số 2 Lê Lợi, Phường Châu Đốc',
    phone: '02963866100',
    latitude: 10.70558,
    longitude: 105.11781,
  },
  {
    code: 'DHT-RG-01',
    name: 'Điểm hỗ trợ dịch vụ công – Bưu điện Rạch Giá',
    commune: 'Phường Rạch Giá',
    address: 'Số 2 Mậu Thân, Phường Rạch Giá',
    phone: '02973862002',
    latitude: 10.01248,
    longitude: 105.08091,
  },
  {
    code: 'DHT-PQ-01',
    name: 'Điểm hỗ trợ dịch vụ công – Đặc khu Phú Quốc',
    commune: 'Đặc khu Phú Quốc',
    address: 'Số 1 Trần Hưng Đạo, Đặc khu Phú Quốc',
    phone: '02973846555',
    latitude: 10.2169,
    longitude: 103.9593,
  },
  {
    code: 'DHT-CM-01',
    name: 'Điểm hỗ trợ dịch vụ công – Đoàn Thanh niên xã Chợ Mới',
    commune: 'Xã Chợ Mới',
    address: 'Ấp Thị 1, Xã Chợ Mới',
    phone: '02963883123',
    latitude: 10.5497,
    longitude: 105.4027,
  },
]

export const OPENING_HOURS = 'Thứ Hai – Thứ Sáu: 07:00–11:30, 13:30–17:00; Thứ Bảy: 07:30–11:30'
